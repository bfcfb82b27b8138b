package com.presstally.extract;

import com.presstally.domain.Outcome;
import com.presstally.domain.Period;
import com.presstally.domain.Qualifier;
import com.presstally.domain.VictimGroup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The vocabulary of casualty reports ({@code lexicon/casualty-words.tsv}): victim nouns and the group
 * they name, outcome words, qualifiers, rate phrases, the units that mean a number is not people,
 * and the words that make a figure hypothetical or negated.
 */
public final class CasualtyWords {
    private final Map<String, VictimGroup> victims = new HashMap<>();
    private final List<Phrase<Outcome>> outcomes = new ArrayList<>();
    private final List<Phrase<Qualifier>> qualifiers = new ArrayList<>();
    private final List<Phrase<Period>> periods = new ArrayList<>();
    private final Set<String> notPeople = new HashSet<>();
    private final Set<String> blockers = new HashSet<>();
    private final Set<String> placeStops = new HashSet<>();
    private final List<Phrase<VictimOutcome>> victimOutcomes = new ArrayList<>();
    private final List<Phrase<Boolean>> militaryContext = new ArrayList<>();
    private PhraseIndex<Boolean> militaryIndex;
    private PhraseIndex<Outcome> outcomeIndex;
    private PhraseIndex<VictimOutcome> victimOutcomeIndex;
    private PhraseIndex<Period> periodIndex;
    private final Set<String> particleVerbs = new HashSet<>();
    private final Set<String> calendar = new HashSet<>();

    /** A noun that names both the people and what happened to them: {@code bodies}, {@code prisoners of war}. */
    public record VictimOutcome(Outcome outcome, VictimGroup group) {
    }

    public CasualtyWords(Lexicon lexicon) {
        for (Lexicon.Row row : lexicon.rows("casualty-words.tsv")) {
            String kind = row.cell(0);
            String phrase = row.cell(1).toLowerCase(Locale.ROOT);
            List<String> words = List.of(phrase.split("\\s+"));
            try {
                switch (kind) {
                    case "victim" -> victims.put(phrase, VictimGroup.parse(row.cell(2)));
                    case "outcome" -> outcomes.add(new Phrase<>(words, Outcome.parse(row.cell(2))));
                    case "qualifier" -> qualifiers.add(new Phrase<>(words, Qualifier.parse(row.cell(2))));
                    case "period" -> periods.add(new Phrase<>(words, Period.parse(row.cell(2))));
                    case "not-people" -> notPeople.add(phrase);
                    case "blocker" -> blockers.add(phrase);
                    case "not-a-place" -> placeStops.add(phrase);
                    case "victim-outcome" -> victimOutcomes.add(new Phrase<>(words,
                            new VictimOutcome(Outcome.parse(row.cell(2)), VictimGroup.parse(row.cell(3)))));
                    case "military-context" -> militaryContext.add(new Phrase<>(words, Boolean.TRUE));
                    case "particle-verb" -> particleVerbs.add(phrase);
                    case "calendar" -> calendar.add(phrase);
                    default -> throw row.error("kind '" + kind + "' is not victim, outcome, qualifier, period, "
                            + "not-people, blocker, not-a-place, victim-outcome, military-context, particle-verb or calendar");
                }
            } catch (IllegalArgumentException e) {
                if (e.getMessage() != null && e.getMessage().startsWith(row.file())) {
                    throw e;
                }
                throw row.error("value '" + row.cell(2) + "' is not a known " + kind);
            }
        }
        outcomes.sort((a, b) -> b.words().size() - a.words().size());
        qualifiers.sort((a, b) -> b.words().size() - a.words().size());
        periods.sort((a, b) -> b.words().size() - a.words().size());
        victimOutcomes.sort((a, b) -> b.words().size() - a.words().size());
        militaryIndex = new PhraseIndex<>(militaryContext);
        outcomeIndex = new PhraseIndex<>(outcomes);
        victimOutcomeIndex = new PhraseIndex<>(victimOutcomes);
        periodIndex = new PhraseIndex<>(periods);
    }

    public PhraseIndex<Outcome> outcomeIndex() {
        return outcomeIndex;
    }

    public PhraseIndex<VictimOutcome> victimOutcomeIndex() {
        return victimOutcomeIndex;
    }

    public PhraseIndex<Period> periodIndex() {
        return periodIndex;
    }

    public List<Phrase<VictimOutcome>> victimOutcomes() {
        return victimOutcomes;
    }

    /** Whether the sentence's tokens hold a phrase that places a figure among soldiers ({@code killed in action}). */
    public boolean isMilitaryContext(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (militaryIndex.at(t, i) != null) {
                return true;
            }
        }
        return false;
    }

    public boolean isCalendar(String lower) {
        return calendar.contains(lower);
    }

    public boolean isParticleVerb(String lower) {
        return particleVerbs.contains(lower);
    }

    public VictimGroup victim(String lower) {
        return victims.get(lower);
    }

    public boolean isNotPeople(String lower) {
        return notPeople.contains(lower);
    }

    public boolean isBlocker(String lower) {
        return blockers.contains(lower);
    }

    public boolean isPlaceStop(String word) {
        return placeStops.contains(word.toLowerCase(Locale.ROOT));
    }

    public List<Phrase<Outcome>> outcomes() {
        return outcomes;
    }

    public List<Phrase<Qualifier>> qualifiers() {
        return qualifiers;
    }

    public List<Phrase<Period>> periods() {
        return periods;
    }

}
