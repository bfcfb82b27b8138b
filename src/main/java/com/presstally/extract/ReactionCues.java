package com.presstally.extract;

import com.presstally.domain.Stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reaction cues ({@code lexicon/reaction-cues.tsv}) with their stance and CAMEO code, and the terms
 * that give a characterising cue its stance ({@code described the attack as "a gross escalation"}).
 */
public final class ReactionCues {
    /** A cue form; {@code characterising} cues take their stance from the words that follow. */
    public record Cue(List<String> words, Stance stance, String cameo, boolean characterising) {
        SpeechCues.Cue asSpeechCue() {
            return new SpeechCues.Cue(words, SpeechCues.Frame.OBJECT);
        }
    }

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    private final Map<String, Stance> terms = new HashMap<>();

    public ReactionCues(Lexicon lexicon) {
        for (Lexicon.Row row : lexicon.rows("reaction-cues.tsv")) {
            List<String> words = List.of(row.cell(0).toLowerCase(Locale.ROOT).split("\\s+"));
            boolean characterising = row.cell(1).equals("characterise");
            Stance stance;
            try {
                stance = characterising ? Stance.OTHER : Stance.parse(row.cell(1));
            } catch (IllegalArgumentException e) {
                throw row.error("stance '" + row.cell(1) + "' is not condemn, support, defend, demand, other or characterise");
            }
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Cue(words, stance, row.cell(2), characterising));
        }
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
        for (Lexicon.Row row : lexicon.rows("reaction-terms.tsv")) {
            try {
                terms.put(row.cell(0).toLowerCase(Locale.ROOT), Stance.parse(row.cell(1)));
            } catch (IllegalArgumentException e) {
                throw row.error("stance '" + row.cell(1) + "' is not condemn, support, defend, demand or other");
            }
        }
    }

    public Cue match(List<Token> tokens, int i) {
        List<Cue> candidates = byFirstWord.get(tokens.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Cue cue : candidates) {
            if (CasualtyWords.at(tokens, i, cue.words())) {
                return cue;
            }
        }
        return null;
    }

    /** The stance a characterisation carries ({@code escalation} → condemn), or null when none of its words is known. */
    public Stance stanceOfTerms(String text) {
        for (Token t : Token.tokenize(text)) {
            Stance s = terms.get(t.lower());
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
