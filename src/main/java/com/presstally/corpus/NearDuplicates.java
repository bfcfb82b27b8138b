package com.presstally.corpus;

import com.presstally.domain.Article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Syndicated near-copies: the same wire story with another intro or outlet furniture. Each article
 * gets a MinHash signature of its five-word shingles; articles whose signatures agree on at least
 * {@link #SAME_STORY} of their hashes (an estimate of the Jaccard similarity of their shingles) are
 * one story. Candidates are found by banding (locality-sensitive hashing), so a week of 100k
 * articles is not compared pair by pair.
 */
public final class NearDuplicates {
    static final int HASHES = 64;
    private static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 5;
    /** Shingle overlap from which two texts are the same story: a new intro paragraph keeps most shingles. */
    public static final double SAME_STORY = 0.5;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            SEEDS[i] = x;
        }
    }

    private NearDuplicates() {
    }

    /** The MinHash signature of an article's body as hex, or "" for a text shorter than a shingle. */
    public static String signature(Article article) {
        long[] words = wordHashes(article.body());
        if (words.length < SHINGLE) {
            return "";
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words[k];
            }
            h = mix(h);
            for (int j = 0; j < HASHES; j++) {
                // one strong hash per shingle, then a cheap permutation per signature slot
                long v = (h ^ SEEDS[j]) * 0x9E3779B97F4A7C15L;
                if (Long.compareUnsigned(v, min[j]) < 0) {
                    min[j] = v;
                }
            }
        }
        StringBuilder sb = new StringBuilder(HASHES * 8);
        HexFormat hex = HexFormat.of();
        for (long m : min) {
            sb.append(hex.toHexDigits((int) (m >>> 32)));
        }
        return sb.toString();
    }

    /** Hashes of the body's words, lowercased, accents and punctuation ignored. */
    private static long[] wordHashes(String body) {
        long[] hashes = new long[64];
        int count = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                char base = c < 128 ? Character.toLowerCase(c) : baseLetter(c);
                h = h * 131 + base;
                inWord = true;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (inWord) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = h;
                h = 0;
                inWord = false;
            }
        }
        if (inWord) {
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, count + 1);
            }
            hashes[count++] = h;
        }
        return Arrays.copyOf(hashes, count);
    }

    private static char baseLetter(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        return Character.toLowerCase(decomposed.charAt(0));
    }

    /** The estimated shingle overlap of two signatures, 0 when either is empty. */
    public static double similarity(String a, String b) {
        if (a.length() != HASHES * 8 || b.length() != HASHES * 8) {
            return 0;
        }
        int[] both = new int[2 * HASHES];
        parse(a, both, 0);
        parse(b, both, HASHES);
        return agreement(both, 0, both, HASHES);
    }

    /** Reads a hex signature's hashes into {@code into} from {@code at}. */
    private static void parse(String signature, int[] into, int at) {
        for (int i = 0; i < HASHES; i++) {
            into[at + i] = (int) Long.parseLong(signature, i * 8, i * 8 + 8, 16);
        }
    }

    /** The share of the two signatures' hashes that agree: an estimate of their shingles' overlap. */
    private static double agreement(int[] a, int aAt, int[] b, int bAt) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[aAt + i] == b[bAt + i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * Takes a week's articles one at a time, in id order, and says which earlier article each one
     * copies. Kept compact, as a week can hold 100k articles: each article's signature as 64 ints,
     * and per band a chain of the articles with the same band, in flat arrays.
     */
    public static final class Finder {
        private final List<String> ids = new ArrayList<>();
        /** Each article's original, as an index; an original points to itself. */
        private int[] root = new int[1024];
        /** The signature of article n at n * HASHES (zeros for an exact copy, which is never a candidate). */
        private int[] slots = new int[1024 * HASHES];
        /** Article n's entry for band b is n * BANDS + b; each entry points to the previous one of the same key. */
        private int[] previous = new int[1024 * BANDS];
        private final LongIntMap lastWithBand;
        /** The first 64 bits of an exact fingerprint (of 128) → the first article with it. */
        private final LongIntMap firstWithText;

        public Finder(int expectedArticles) {
            lastWithBand = new LongIntMap(Math.max(16, expectedArticles) * BANDS);
            firstWithText = new LongIntMap(Math.max(16, expectedArticles));
        }

        /**
         * The id of the article this one copies (its own id when it is the first of its story).
         *
         * @param exact     the exact fingerprint (hex), or "" for none
         * @param signature the MinHash signature (hex), or "" for a text too short to have one
         */
        public String add(String id, String exact, String signature) {
            int n = ids.size();
            ids.add(id);
            grow(n + 1);
            if (exact.length() >= 16) {
                long text = Long.parseUnsignedLong(exact, 0, 16, 16);
                int first = firstWithText.get(text);
                if (first >= 0) {
                    root[n] = root[first];
                    return ids.get(root[n]);
                }
                firstWithText.put(text, n);
            }
            root[n] = n;
            if (signature.length() != HASHES * 8) {
                return id;
            }
            parse(signature, slots, n * HASHES);
            int match = -1;
            int[] chain = new int[16];
            for (int band = 0; band < BANDS; band++) {
                long key = bandKey(n, band);
                int entry = lastWithBand.put(key, n * BANDS + band);
                previous[n * BANDS + band] = entry;
                // the chain runs newest first; candidates are tried oldest first
                int length = 0;
                for (int e = entry; match < 0 && e >= 0; e = previous[e]) {
                    if (length == chain.length) {
                        chain = Arrays.copyOf(chain, length * 2);
                    }
                    chain[length++] = e / BANDS;
                }
                for (int c = length - 1; match < 0 && c >= 0; c--) {
                    if (agreement(slots, n * HASHES, slots, chain[c] * HASHES) >= SAME_STORY) {
                        match = chain[c];
                    }
                }
            }
            if (match >= 0) {
                root[n] = root[match];
            }
            return ids.get(root[n]);
        }

        private void grow(int articles) {
            if (articles > root.length) {
                int capacity = root.length * 2;
                root = Arrays.copyOf(root, capacity);
                slots = Arrays.copyOf(slots, capacity * HASHES);
                previous = Arrays.copyOf(previous, capacity * BANDS);
            }
        }

        private long bandKey(int n, int band) {
            long h = band;
            for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
                h = mix(h * 31 + slots[n * HASHES + r]);
            }
            return h;
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe53aa05L;
        return z ^ (z >>> 33);
    }
}
