package com.presstally.extract;

import java.util.Locale;

/**
 * The words a thread has cut lately, with their lowercase forms, so the tokenizer hands out the same
 * strings for the same words instead of cutting new ones. A week of news repeats a small vocabulary:
 * shared strings are not allocated again (tokens were a fifth of the job's allocation) and carry their
 * hash codes already computed for the word-list lookups every rule makes.
 *
 * <p>Direct-mapped and fixed in size: a word evicts whichever word last hashed to its slot, so the
 * cache holds at most {@link #SLOTS} words however long the week. One per thread; not thread-safe.
 */
final class WordCache {
    static final int SLOTS = 1 << 14;
    /** Longer words are cut every time: they seldom repeat. */
    static final int LONGEST = 24;

    private final String[] texts = new String[SLOTS];
    private final String[] lowers = new String[SLOTS];

    private static final ThreadLocal<WordCache> PER_THREAD = ThreadLocal.withInitial(WordCache::new);

    static WordCache ofThisThread() {
        return PER_THREAD.get();
    }

    /**
     * The token for {@code text} between {@code start} and {@code end}, at offsets shifted by
     * {@code offset}: its strings from the cache when this word was cut before.
     */
    Token token(String text, int start, int end, int offset) {
        int length = end - start;
        if (length > LONGEST) {
            return new Token(text.substring(start, end), start + offset, end + offset);
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        String cached = texts[slot];
        if (cached == null || cached.length() != length || !text.regionMatches(start, cached, 0, length)) {
            cached = text.substring(start, end);
            texts[slot] = cached;
            lowers[slot] = cached.toLowerCase(Locale.ROOT);
        }
        return new Token(cached, lowers[slot], start + offset, end + offset);
    }
}
