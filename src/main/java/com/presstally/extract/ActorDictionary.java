package com.presstally.extract;

import com.presstally.domain.Actor;
import com.presstally.domain.ActorType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actors the job knows by name ({@code lexicon/actors.tsv}): canonical name, type, affiliation,
 * country, aliases and spelling variants, and offices held with date ranges, so a role phrase with
 * no name ({@code the US president}) resolves to whoever held the office on the article's date.
 */
public final class ActorDictionary {
    private final Map<String, Actor> byAlias = new HashMap<>();
    private final Map<String, List<Term>> terms = new HashMap<>();
    private final Map<String, String> officeByPhrase = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    /** The normalised aliases in order, to tell whether a phrase could still grow into one. */
    private final java.util.NavigableSet<String> aliasKeys = new java.util.TreeSet<>();
    private int longestAlias = 1;

    public ActorDictionary(Lexicon lexicon) {
        for (Lexicon.Row row : lexicon.rows("actors.tsv")) {
            String name = row.cell(0);
            if (name.isEmpty()) {
                throw row.error("actor name is empty");
            }
            ActorType type;
            try {
                type = ActorType.parse(row.cell(1));
            } catch (IllegalArgumentException e) {
                throw row.error("type '" + row.cell(1) + "' is not one of person, organisation, government, group");
            }
            Actor actor = new Actor(name, type, row.cell(2), row.cell(3));
            addAlias(name, actor, row);
            for (String alias : row.list(4)) {
                addAlias(alias, actor, row);
            }
            for (String office : row.list(5)) {
                terms.computeIfAbsent(officeKey(office), k -> new ArrayList<>()).add(Term.parse(office, actor, row));
            }
        }
        for (Lexicon.Row row : lexicon.rows("offices.tsv")) {
            for (String phrase : row.list(1)) {
                officeByPhrase.put(normalise(phrase), row.cell(0));
            }
        }
        for (Lexicon.Row row : lexicon.rows("demonyms.tsv")) {
            for (String form : row.list(0)) {
                demonyms.put(normalise(form), row.cell(1));
            }
        }
    }

    private void addAlias(String alias, Actor actor, Lexicon.Row row) {
        String key = normalise(alias);
        Actor previous = byAlias.putIfAbsent(key, actor);
        if (previous != null && !previous.equals(actor)) {
            throw row.error("alias '" + alias + "' already belongs to " + previous.name());
        }
        String[] parts = key.split(" ");
        longestAlias = Math.max(longestAlias, parts.length);
        firstWords.add(parts[0]);
        aliasKeys.add(key);
    }

    /**
     * Lowercase, dots and possessives dropped, dashes and spaces folded: {@code U.S.} is {@code us},
     * {@code Russia’s} is {@code russia}. A hand-written loop: this runs for every capitalised word.
     */
    public static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '’') && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                i++; // possessive 's
                continue;
            }
            if (c == '.') {
                continue;
            }
            if (Character.isWhitespace(c) || c == '-' || c == '–') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c == '’' ? '\'' : Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /**
     * Whether some alias starts with this token's word. A word of ASCII letters and digits normalises
     * to its lowercase form, so most tokens are looked up without normalising them again.
     */
    public boolean startsAnAlias(Token word) {
        return isAsciiAlphanumeric(word.text()) ? firstWords.contains(word.lower()) : startsAnAlias(word.text());
    }

    private static boolean isAsciiAlphanumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Whether some alias starts with this word: most capitalised words start none, and are skipped at once. */
    public boolean startsAnAlias(String word) {
        String key = normalise(word);
        int space = key.indexOf(' ');
        return firstWords.contains(space < 0 ? key : key.substring(0, space)); // "Itar-Tass" is "itar tass"
    }

    /**
     * Whether some alias, normalised, starts with this normalised phrase. A phrase's normalised form
     * starts with that of each of its leading parts, so once this is false no longer phrase from the
     * same start is an alias.
     */
    public boolean startsSomeAlias(String normalised) {
        String next = aliasKeys.ceiling(normalised);
        return next != null && next.startsWith(normalised);
    }

    /** The actor of an already normalised alias, or null. */
    Actor byNormalisedAlias(String normalised) {
        return byAlias.get(normalised);
    }

    public Optional<Actor> byAlias(String phrase) {
        return Optional.ofNullable(byAlias.get(normalise(phrase)));
    }

    public int longestAlias() {
        return longestAlias;
    }

    /** The country a demonym or place-adjective names ({@code Russian} → {@code Russia}), or empty. */
    public Optional<String> country(String word) {
        return Optional.ofNullable(demonyms.get(normalise(word)));
    }

    /** Who held the office a role phrase names on a date ({@code the U.S. president}, 2023 → Joe Biden). */
    public Optional<Actor> officeHolder(String rolePhrase, LocalDate date) {
        String office = officeByPhrase.get(normalise(rolePhrase.replaceFirst("(?i)^the\\s+", "")));
        if (office == null || date == null) {
            return Optional.empty();
        }
        return terms.getOrDefault(office, List.of()).stream().filter(t -> t.covers(date)).map(Term::holder).findFirst();
    }

    private static String officeKey(String office) {
        int colon = office.indexOf(':');
        return (colon < 0 ? office : office.substring(0, colon)).strip();
    }

    /** One term of office: {@code us-president:2021-01-20..2025-01-20}, open-ended when the end is missing. */
    private record Term(Actor holder, LocalDate from, LocalDate to) {
        static Term parse(String text, Actor holder, Lexicon.Row row) {
            int colon = text.indexOf(':');
            String[] range = colon < 0 ? new String[0] : text.substring(colon + 1).split("\\.\\.", -1);
            if (range.length != 2) {
                throw row.error("office '" + text + "' is not of the form office:YYYY-MM-DD..[YYYY-MM-DD]");
            }
            try {
                return new Term(holder, LocalDate.parse(range[0].strip()),
                        range[1].isBlank() ? null : LocalDate.parse(range[1].strip()));
            } catch (java.time.format.DateTimeParseException e) {
                throw row.error("office '" + text + "' has a date that is not YYYY-MM-DD");
            }
        }

        boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || date.isBefore(to));
        }
    }
}
