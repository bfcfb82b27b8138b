package com.presstally.extract;

/**
 * A quotation in an article body: {@code open} is the opening mark, {@code end} the index after the
 * closing mark; {@code closed} is false for a quote that runs to the end of its paragraph.
 */
public record Quote(int open, int contentStart, int contentEnd, int end, boolean closed, int paragraph) {
    public boolean contains(int position) {
        return position >= open && position < end;
    }

    public boolean inside(int start, int stop) {
        return open >= start && end <= stop;
    }
}
