package com.presstally.extract;

import java.util.List;

/** A phrase of one or more lowercase words from a lexicon, mapped to a value. */
public record Phrase<T>(List<String> words, T value) {
    public Phrase {
        words = List.copyOf(words);
    }

    /** Whether the phrase's words stand at token {@code i}. */
    public boolean at(List<Token> t, int i) {
        return at(t, i, words);
    }

    /** Whether {@code words} stand at token {@code i}, compared in lowercase. */
    public static boolean at(List<Token> t, int i, List<String> words) {
        if (i < 0 || i + words.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!t.get(i + k).lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Longest phrases first, so the longest match wins. */
    public static <T> void longestFirst(List<Phrase<T>> phrases) {
        phrases.sort((a, b) -> b.words().size() - a.words().size());
    }
}
