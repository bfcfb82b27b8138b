package com.presstally.extract;

import com.presstally.domain.ActorType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that make up source phrases, from {@code lexicon/source-words.tsv}, one kind per row:
 * <ul>
 * <li>{@code title}: stands before or for a name ({@code president}, {@code spokesman}, {@code resident});</li>
 * <li>{@code group}: an unnamed source, with the actor type it gives ({@code officials}, {@code authorities});</li>
 * <li>{@code not-a-name}: capitalised but never a source ({@code However}, {@code Monday});</li>
 * <li>{@code between}: may stand between a source and its cue ({@code has}, {@code also});</li>
 * <li>{@code institution}: a group head that reacts on its own ({@code agencies});</li>
 * <li>{@code relational}: a group named by its relation to a possessor ({@code allies});</li>
 * <li>{@code document}: a text a body issues ({@code statement}, {@code report});</li>
 * <li>{@code org-word}: the last word of an organisation's name ({@code Network}, {@code University});</li>
 * <li>{@code time}: ends a time phrase between a cue and its content ({@code Monday}, {@code week}).</li>
 * </ul>
 */
public final class SourceWords {
    private static final List<String> KINDS = List.of("title", "group", "not-a-name", "between", "institution",
            "relational", "document", "org-word", "time");

    private final Map<String, ActorType> groupTypes = new HashMap<>();
    // one set per kind, read straight from a field: the rules ask these millions of times a run
    private final Set<String> titles;
    private final Set<String> nonNames;
    private final Set<String> between;
    private final Set<String> institutions;
    private final Set<String> relational;
    private final Set<String> documents;
    private final Set<String> orgWords;
    private final Set<String> timeWords;

    public SourceWords(Lexicon lexicon) {
        Map<String, Set<String>> byKind = new HashMap<>();
        KINDS.forEach(k -> byKind.put(k, new HashSet<>()));
        for (Lexicon.Row row : lexicon.rows("source-words.tsv")) {
            String word = row.cell(1).toLowerCase(Locale.ROOT);
            Set<String> words = byKind.get(row.cell(0));
            if (words == null) {
                throw row.error("kind '" + row.cell(0) + "' is not one of " + String.join(", ", KINDS));
            }
            words.add(word);
            if (row.cell(0).equals("group")) {
                groupTypes.put(word, ActorType.parse(row.cell(2)));
            }
        }
        titles = byKind.get("title");
        nonNames = byKind.get("not-a-name");
        between = byKind.get("between");
        institutions = byKind.get("institution");
        relational = byKind.get("relational");
        documents = byKind.get("document");
        orgWords = byKind.get("org-word");
        timeWords = byKind.get("time");
    }

    public boolean isTitle(String lower) {
        return titles.contains(lower);
    }

    public Optional<ActorType> groupType(String lower) {
        return Optional.ofNullable(groupTypes.get(lower));
    }

    /** Capitalised words that are never a source ("However", "Monday"); takes the lowercase form. */
    public boolean isNonName(String lower) {
        return nonNames.contains(lower);
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
        return between.contains(lower);
    }
}
