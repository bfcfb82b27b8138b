package com.presstally.extract;

import com.presstally.domain.Actor;
import com.presstally.domain.ActorType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the source phrases of one article to actors. It first reads the whole article for the
 * names it gives (dictionary aliases and titled names such as {@code French President Emmanuel
 * Macron}), so surnames after the first mention, pronouns and {@code the president} resolve to the
 * last compatible actor, and a name the article gives anywhere is preferred to a bare title.
 */
public final class ActorResolver {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we");

    private final ActorDictionary dictionary;
    private final SourceWords words;
    private final LocalDate date;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Actor> surnames = new HashMap<>();

    public ActorResolver(ActorDictionary dictionary, SourceWords words, TextLayout layout) {
        this.dictionary = dictionary;
        this.words = words;
        this.date = layout.article().published();
        scan(layout.tokens());
    }

    private ActorResolver(ActorResolver scanned) {
        this.dictionary = scanned.dictionary;
        this.words = scanned.words;
        this.date = scanned.date;
        this.mentions.addAll(scanned.mentions);
        this.surnames.putAll(scanned.surnames);
    }

    /** A resolver that knows the article's names but none of the speakers noted since: for a second pass. */
    public ActorResolver fresh() {
        return new ActorResolver(this);
    }

    /** A mention of an actor at a body offset, with the title words that came with it. */
    private record Mention(int position, Actor actor, String title) {
    }

    private void scan(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            int matched = matchAlias(tokens, i);
            if (matched > 0) {
                Actor actor = dictionary.byAlias(join(tokens, i, i + matched)).orElseThrow();
                note(actor, tokens.get(i).start(), titleBefore(tokens, i));
                i += matched - 1;
                continue;
            }
            Token t = tokens.get(i);
            if (words.isTitle(t.lower())) { // "regional governor Pavel Dunai" as well as "President …"
                int j = i + 1;
                while (j < tokens.size() && words.isTitle(tokens.get(j).lower())) {
                    j++;
                }
                int k = j;
                while (k < tokens.size() && isNameWord(tokens.get(k)) && k - j < 3) {
                    k++;
                }
                if (k - j >= 2 && matchAlias(tokens, j) == 0) {
                    Actor person = new Actor(join(tokens, j, k), ActorType.PERSON, affiliationIn(tokens, i, j), "");
                    note(person, tokens.get(j).start(), join(tokens, i, j).toLowerCase(Locale.ROOT));
                    i = k - 1;
                }
            }
        }
    }

    private String titleBefore(List<Token> tokens, int i) {
        int j = i;
        while (j > 0 && words.isTitle(tokens.get(j - 1).lower())) {
            j--;
        }
        return join(tokens, j, i).toLowerCase(Locale.ROOT);
    }

    private void note(Actor actor, int position, String title) {
        mentions.add(new Mention(position, actor, title));
        if (actor.type() == ActorType.PERSON) {
            String[] parts = actor.name().split(" ");
            if (parts.length > 1) {
                surnames.putIfAbsent(ActorDictionary.normalise(parts[parts.length - 1]), actor);
            }
        }
    }

    /** Records a resolved speaker, so a later {@code he} can point back to it. */
    public void noteSpeaker(Actor actor, int position) {
        note(actor, position, "");
        mentions.sort((a, b) -> Integer.compare(a.position(), b.position()));
    }

    /**
     * The actor a source phrase names, and the phrase as written, or empty when the phrase names
     * nobody (a pronoun with no antecedent, a common noun that is not a source).
     */
    public Optional<Actor> resolve(List<Token> phrase, int position) {
        List<Token> np = new ArrayList<>(phrase);
        while (!np.isEmpty() && DETERMINERS.contains(np.get(0).lower())) {
            np.remove(0);
        }
        if (np.isEmpty()) {
            return Optional.empty();
        }
        if (np.size() == 1 && PERSON_PRONOUNS.contains(np.get(0).lower())) {
            return last(position, m -> m.actor().type() == ActorType.PERSON);
        }
        if (np.size() == 1 && np.get(0).is("it")) {
            return last(position, m -> m.actor().type() == ActorType.ORGANISATION || m.actor().type() == ActorType.GOVERNMENT);
        }
        if (np.size() == 1 && PLURAL_PRONOUNS.contains(np.get(0).lower())) {
            return last(position, m -> m.actor().type() != ActorType.PERSON);
        }
        int nameStart = np.size();
        boolean groupHead = words.groupType(np.get(np.size() - 1).lower()).isPresent();
        while (!groupHead && nameStart > 0 && isNameWord(np.get(nameStart - 1)) && matchAlias(np, nameStart - 1) == 0) {
            nameStart--;
        }
        // a dictionary alias that ends the phrase is its head: "NATO Secretary General Jens Stoltenberg", "the Kremlin"
        for (int i = 0; i < np.size(); i++) {
            int matched = matchAlias(np, i);
            if (matched > 0 && i + matched == np.size()) {
                return dictionary.byAlias(join(np, i, np.size()));
            }
        }
        if (nameStart < np.size()) {
            String name = join(np, nameStart, np.size());
            if (np.size() - nameStart == 1) {
                Actor known = surnames.get(ActorDictionary.normalise(name));
                if (known != null) {
                    return Optional.of(known);
                }
            } else {
                Actor known = surnames.get(ActorDictionary.normalise(np.get(np.size() - 1).text()));
                if (known != null && known.name().equalsIgnoreCase(name)) {
                    return Optional.of(known);
                }
            }
            if (!words.isTitle(np.get(np.size() - 1).lower())) {
                boolean acronym = name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT));
                boolean orgName = words.isOrgWord(np.get(np.size() - 1).lower());
                ActorType type = acronym || orgName ? ActorType.ORGANISATION : ActorType.PERSON;
                return Optional.of(new Actor(name, type, affiliationIn(np, 0, nameStart), countryIn(np, 0, nameStart)));
            }
        }
        String head = np.get(np.size() - 1).lower();
        String text = join(np, 0, np.size());
        if (words.isTitle(head)) {
            Optional<Actor> holder = dictionary.officeHolder(text, date);
            if (holder.isPresent()) {
                return holder;
            }
            if (np.size() == 1 || np.stream().allMatch(t -> words.isTitle(t.lower()))) {
                String role = text.toLowerCase(Locale.ROOT);
                Optional<Actor> titled = last(position, m -> m.actor().type() == ActorType.PERSON
                        && m.title().endsWith(role));
                if (titled.isPresent()) {
                    return titled;
                }
            }
        }
        if (np.size() > 1 && Set.of("office", "team", "camp", "aides").contains(head)) {
            Token owner = np.get(np.size() - 2);
            if (owner.lower().endsWith("’s") || owner.lower().endsWith("'s")) {
                // "Turk’s office has documented …": the office speaks for its holder
                String name = owner.text().substring(0, owner.text().length() - 2);
                List<Token> holder = new ArrayList<>(np.subList(0, np.size() - 2));
                holder.add(new Token(name, owner.start(), owner.end() - 2));
                Optional<Actor> person = resolve(holder, position);
                if (person.isPresent() && person.get().type() == ActorType.PERSON) {
                    return person;
                }
            }
        }
        if (words.isDocument(head) && np.size() > 1) {
            // "an MSF statement said", "the ministry's report said": the body that issued it speaks
            List<Token> issuer = new ArrayList<>(np.subList(0, np.size() - 1));
            if (issuer.get(issuer.size() - 1).lower().endsWith("'s") || issuer.get(issuer.size() - 1).lower().endsWith("’s")) {
                Token last = issuer.remove(issuer.size() - 1);
                issuer.add(new Token(last.text().substring(0, last.text().length() - 2), last.start(), last.end() - 2));
            }
            return resolve(issuer, position);
        }
        Optional<ActorType> groupType = words.groupType(head);
        if (groupType.isPresent() || words.isTitle(head)) {
            boolean relational = words.isRelational(head);
            String affiliation = relational ? "" : affiliationIn(np, 0, np.size() - 1);
            String country = relational ? "" : countryIn(np, 0, np.size() - 1);
            ActorType type = groupType.orElse(ActorType.GROUP);
            boolean onePerson = groupType.isEmpty() && Set.of("a", "an").contains(phrase.get(0).lower());
            if (onePerson) {
                type = ActorType.PERSON; // "a senior official", "an MSF representative": one unnamed person
            }
            return Optional.of(new Actor(text, type, affiliation.isEmpty() ? country : affiliation, country));
        }
        return Optional.empty();
    }

    /**
     * The institution a reacting source speaks for (spec §5): an unnamed group with an affiliation
     * becomes that body ({@code EU leaders} → European Union); named people and bodies stay.
     */
    public Optional<Actor> institutionOf(Actor actor) {
        if (actor.type() != ActorType.GROUP) {
            return Optional.of(actor);
        }
        if (actor.affiliation().isEmpty()) {
            String[] words = actor.name().split(" ");
            boolean modified = words.length > 1;
            return modified && this.words.isInstitution(words[words.length - 1].toLowerCase(Locale.ROOT))
                    ? Optional.of(actor) : Optional.empty();
        }
        return Optional.of(dictionary.byAlias(actor.affiliation())
                .orElse(new Actor(actor.affiliation(), ActorType.GOVERNMENT, "", actor.country())));
    }

    private Optional<Actor> last(int position, java.util.function.Predicate<Mention> compatible) {
        Actor found = null;
        for (Mention m : mentions) {
            if (m.position() >= position) {
                break;
            }
            if (compatible.test(m)) {
                found = m.actor();
            }
        }
        return Optional.ofNullable(found);
    }

    /** How many tokens from {@code i} make the longest alias of the dictionary that ends in a word (0: none). */
    private int matchAlias(List<Token> tokens, int i) {
        if (!tokens.get(i).isCapitalized() || !dictionary.startsAnAlias(tokens.get(i))) {
            return 0;
        }
        int longest = 0;
        for (int n = 1; n <= Math.min(dictionary.longestAlias(), tokens.size() - i); n++) {
            String key = ActorDictionary.normalise(join(tokens, i, i + n));
            if (!dictionary.startsSomeAlias(key)) {
                break;
            }
            if (dictionary.byNormalisedAlias(key) != null && tokens.get(i + n - 1).isWord()) {
                longest = n;
            }
        }
        return longest;
    }

    private String affiliationIn(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            int matched = matchAlias(tokens, i);
            if (matched > 0 && i + matched <= to) {
                Actor body = dictionary.byAlias(join(tokens, i, i + matched)).orElseThrow();
                if (body.type() != ActorType.PERSON) {
                    return body.name();
                }
            }
        }
        return countryIn(tokens, from, to);
    }

    private String countryIn(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Optional<String> country = dictionary.country(tokens.get(i).text());
            if (country.isPresent()) {
                return country.get();
            }
        }
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).text();
            if (w.length() >= 2 && w.chars().allMatch(Character::isUpperCase)) {
                return w; // "HDP figures": an acronym names the body even when the dictionary does not know it
            }
        }
        return "";
    }

    private boolean isNameWord(Token t) {
        return t.isWord() && t.isNameLike() && !words.isTitle(t.lower()) && !words.isNonName(t.lower())
                && dictionary.country(t.text()).isEmpty();
    }

    static String join(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (sb.length() > 0 && i > from && tokens.get(i - 1).end() < t.start()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
