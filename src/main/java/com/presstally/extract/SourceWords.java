package com.presstally.extract;

import com.presstally.domain.ActorType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that make up source phrases, from {@code lexicon/source-words.tsv}: titles and roles
 * that stand before a name ({@code president}, {@code spokesman}), nouns for unnamed sources with
 * the actor type they give ({@code officials}, {@code authorities}), and capitalised words that are
 * never names ({@code However}, {@code Monday}).
 */
public final class SourceWords {
    private final Set<String> titles = new HashSet<>();
    private final Map<String, ActorType> groups = new HashMap<>();
    private final Set<String> nonNames = new HashSet<>();
    private final Set<String> auxiliaries = new HashSet<>();
    private final Set<String> institutions = new HashSet<>();
    private final Set<String> relational = new HashSet<>();
    private final Set<String> documents = new HashSet<>();
    private final Set<String> orgWords = new HashSet<>();
    private final Set<String> timeWords = new HashSet<>();

    public SourceWords(Lexicon lexicon) {
        for (Lexicon.Row row : lexicon.rows("source-words.tsv")) {
            String word = row.cell(1).toLowerCase(Locale.ROOT);
            switch (row.cell(0)) {
                case "title" -> titles.add(word);
                case "group" -> groups.put(word, ActorType.parse(row.cell(2)));
                case "not-a-name" -> nonNames.add(word);
                case "between" -> auxiliaries.add(word);
                case "institution" -> institutions.add(word);
                case "relational" -> relational.add(word);
                case "document" -> documents.add(word);
                case "org-word" -> orgWords.add(word);
                case "time" -> timeWords.add(word);
                default -> throw row.error("kind '" + row.cell(0)
                        + "' is not title, group, not-a-name, between, institution, relational, document, org-word or time");
            }
        }
    }

    public boolean isTitle(String lower) {
        return titles.contains(lower);
    }

    public Optional<ActorType> groupType(String lower) {
        return Optional.ofNullable(groups.get(lower));
    }

    public boolean isNonName(String word) {
        return nonNames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Group heads that speak for a body of their own: "international aid agencies", "world leaders". */
    public boolean isInstitution(String lower) {
        return institutions.contains(lower);
    }

    /** Group heads named by a relation to someone else: "Ukraine's allies" do not speak for Ukraine. */
    public boolean isRelational(String lower) {
        return relational.contains(lower);
    }

    /** Nouns for a text a body issues ("statement", "report"): the issuer is the source. */
    public boolean isDocument(String lower) {
        return documents.contains(lower);
    }

    /** Last words of organisation names: "Network", "Observatory", "University". */
    public boolean isOrgWord(String lower) {
        return orgWords.contains(lower);
    }

    /** Words that end a time phrase between a cue and its content: "Monday", "week", "month". */
    public boolean isTimeWord(String lower) {
        return timeWords.contains(lower);
    }

    /** Words that may stand between a source and its cue: {@code has}, {@code also}, {@code later}. */
    public boolean isBetween(String lower) {
        return auxiliaries.contains(lower);
    }
}
