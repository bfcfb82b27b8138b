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
    /**
     * A cue form. {@code characterising} cues take their stance from the words that follow (else
     * other); {@code giving} cues are reactions only when their object is a form of support.
     */
    public record Cue(List<String> words, Stance stance, String cameo, boolean characterising, boolean giving) {
        SpeechCues.Cue asSpeechCue() {
            return new SpeechCues.Cue(words, SpeechCues.Frame.OBJECT);
        }
    }

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    private final List<Phrase<Stance>> terms = new ArrayList<>();
    private final List<Phrase<Stance>> objectTerms = new ArrayList<>();
    private final List<Phrase<Stance>> weakTerms = new ArrayList<>();
    private final PhraseIndex<Stance> termIndex;
    private final PhraseIndex<Stance> objectTermIndex;
    private final PhraseIndex<Stance> weakTermIndex;

    public ReactionCues(Lexicon lexicon) {
        for (Lexicon.Row row : lexicon.rows("reaction-cues.tsv")) {
            List<String> words = List.of(row.cell(0).toLowerCase(Locale.ROOT).split("\\s+"));
            boolean characterising = row.cell(1).equals("characterise");
            boolean giving = row.cell(1).equals("give");
            Stance stance;
            try {
                stance = characterising || giving ? Stance.OTHER : Stance.parse(row.cell(1));
            } catch (IllegalArgumentException e) {
                throw row.error("stance '" + row.cell(1) + "' is not condemn, support, defend, demand, other, characterise or give");
            }
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(new Cue(words, stance, row.cell(2), characterising, giving));
        }
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
        for (Lexicon.Row row : lexicon.rows("reaction-terms.tsv")) {
            try {
                Phrase<Stance> term = new Phrase<>(
                        List.of(row.cell(0).toLowerCase(Locale.ROOT).split("\\s+")), Stance.parse(row.cell(1)));
                if (row.cell(2).equals("weak")) {
                    weakTerms.add(term);
                } else {
                    objectTerms.add(term);
                    if (!row.cell(2).equals("object-only")) {
                        terms.add(term);
                    }
                }
            } catch (IllegalArgumentException e) {
                throw row.error("stance '" + row.cell(1) + "' is not condemn, support, defend, demand or other");
            }
        }
        termIndex = new PhraseIndex<>(terms);
        objectTermIndex = new PhraseIndex<>(objectTerms);
        weakTermIndex = new PhraseIndex<>(weakTerms);
    }

    public Cue match(List<Token> tokens, int i) {
        if (i > 0 && tokens.get(i).isCapitalized()) {
            return null;
        }
        List<Cue> candidates = byFirstWord.get(tokens.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Cue cue : candidates) {
            if (Phrase.at(tokens, i, cue.words())) {
                return cue;
            }
        }
        return null;
    }

    /**
     * What stance words a text holds: the strongest of its stance terms and of its weak, descriptive
     * ones ("invasion", "escalation"), each null when there is none.
     */
    public record Terms(Stance strong, Stance weak) {
        /** The stance the text carries ({@code escalation} → condemn), or null when none of its words is known. */
        public Stance stance() {
            return strong != null ? strong : weak;
        }

        /** Whether the text carries a stance only through weak words. */
        public boolean onlyWeak() {
            return strong == null && weak != null;
        }
    }

    /** The stance words of a text already cut into tokens. */
    public Terms termsOf(List<Token> tokens) {
        return new Terms(firstTerm(tokens, termIndex), firstTerm(tokens, weakTermIndex));
    }

    /** The stance a characterisation carries ({@code escalation} → condemn), or null when none of its words is known. */
    public Stance stanceOfTerms(String text) {
        return termsOf(Token.tokenize(text)).stance();
    }

    /** As {@link #stanceOfTerms}, for the object of a characterising cue, where {@code weapons} in "sent weapons" counts. */
    public Stance stanceOfObject(String text) {
        List<Token> tokens = Token.tokenize(text);
        Stance strong = firstTerm(tokens, objectTermIndex);
        return strong != null ? strong : firstTerm(tokens, weakTermIndex);
    }

    /**
     * The stance of the strongest term in the text: "must be held responsible" is a condemnation
     * although "must" alone would be a demand. Order: the enum order of Stance (condemn first).
     */
    private static boolean negated(List<Token> tokens, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            String w = tokens.get(k).lower();
            if (w.equals("not") || w.equals("no") || w.equals("never") || w.endsWith("n't") || w.endsWith("n’t")) {
                return true;
            }
        }
        return false;
    }

    private static Stance firstTerm(List<Token> tokens, PhraseIndex<Stance> index) {
        Stance best = null;
        for (int i = 0; i < tokens.size(); i++) {
            Phrase<Stance> term = index.at(tokens, i);
            if (term != null && negated(tokens, i)) {
                continue; // "would not support sanctions" carries no support
            }
            if (term != null && (best == null || term.value().ordinal() < best.ordinal())) {
                best = term.value();
            }
        }
        return best;
    }
}
