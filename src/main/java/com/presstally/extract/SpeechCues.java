package com.presstally.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Speech cues from {@code lexicon/speech-cues.tsv}: each form ({@code said}, {@code according to},
 * {@code calling for}) with the frame that says where its content is.
 */
public final class SpeechCues {
    /** Where a cue's content sits relative to the cue. */
    public enum Frame {
        /** {@code X said (that) CLAUSE}: the content is the clause. */
        CLAUSE,
        /** {@code X accused Y of …}, {@code X called for …}: the content is the cue and what follows. */
        OBJECT,
        /** {@code X told REPORTERS (that) CLAUSE}: an addressee comes before the clause. */
        TELL,
        /** {@code according to X, CLAUSE}: the source follows the cue. */
        INTRO
    }

    /** One cue form as tokens, with its frame. */
    public record Cue(List<String> words, Frame frame) {
        public boolean isParticiple() {
            return words.get(0).endsWith("ing");
        }
    }

    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();

    public SpeechCues(Lexicon lexicon) {
        for (Lexicon.Row row : lexicon.rows("speech-cues.tsv")) {
            Frame frame;
            try {
                frame = Frame.valueOf(row.cell(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("frame '" + row.cell(1) + "' is not clause, object, tell or intro");
            }
            List<String> words = List.of(row.cell(0).toLowerCase(Locale.ROOT).split("\\s+"));
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Cue(words, frame));
        }
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    }

    /** The longest cue that starts at token {@code i}, or null. */
    public Cue match(List<Token> tokens, int i) {
        if (i > 0 && tokens.get(i).isCapitalized()) {
            return null; // "the United States", "Says Who": a verb cue is lowercase inside a sentence
        }
        List<Cue> candidates = byFirstWord.get(tokens.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Cue cue : candidates) {
            if (i + cue.words().size() <= tokens.size() && matches(tokens, i, cue.words())) {
                return cue;
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
