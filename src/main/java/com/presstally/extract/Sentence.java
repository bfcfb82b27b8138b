package com.presstally.extract;

/** A sentence of an article body: offsets into the body and the paragraph it belongs to. */
public record Sentence(int start, int end, int paragraph, String text) {
    public boolean contains(int position) {
        return position >= start && position < end;
    }
}
