package com.presstally.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases indexed by their first word, so finding the phrase that starts at a token is one map
 * look-up instead of a walk over the whole list (the rules do this at every token).
 */
public final class PhraseIndex<T> {
    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    private final List<Phrase<T>> all;

    public PhraseIndex(List<Phrase<T>> phrases) {
        this.all = List.copyOf(phrases);
        for (Phrase<T> p : phrases) {
            byFirstWord.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(p);
        }
        byFirstWord.values().forEach(Phrase::longestFirst);
    }

    /** The longest phrase that starts at token {@code i}, or null. */
    public Phrase<T> at(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        List<Phrase<T>> candidates = byFirstWord.get(tokens.get(i).lower());
        if (candidates != null) {
            for (Phrase<T> p : candidates) {
                if (p.at(tokens, i)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Every phrase, longest first. */
    public List<Phrase<T>> all() {
        return all;
    }
}
