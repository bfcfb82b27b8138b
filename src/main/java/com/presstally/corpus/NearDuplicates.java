package com.presstally.corpus;

import com.presstally.domain.Article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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

    private NearDuplicates() {
    }

    /**
     * The MinHash signature of an article's body ({@link Article#body()}) as {@link #SIGNATURE_LENGTH}
     * hex digits, or "" for a text shorter than a shingle.
     *
     * <p>One permutation, not {@link #HASHES}: each shingle's hash picks its slot by its top six bits
     * and competes for that slot's minimum only, so a 700-word article costs one pass over its
     * shingles instead of 64 (the 64-pass signature was ~40 µs an article, 4 s of CPU in a
     * 100,000-article week). A slot no shingle fell into borrows the minimum of a slot picked by a
     * probe sequence that depends on the slot alone, so two texts agree there exactly when they
     * agree on the slot borrowed from ("optimal densification", Shrivastava 2017): each slot still
     * agrees with the probability of the shingles' overlap. Each slot keeps the low eight bits of its
     * minimum, all the finder compares.
     */
    public static String signature(String body) {
        long[] words = wordHashes(body);
        if (words.length < SHINGLE) {
            return "";
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, EMPTY);
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words[k];
            }
            h = mix(h);
            int slot = (int) (h >>> SLOT_SHIFT);
            long rest = h & REST_MASK;
            if (rest < min[slot]) {
                min[slot] = rest;
            }
        }
        char[] hex = new char[SIGNATURE_LENGTH];
        for (int j = 0; j < HASHES; j++) {
            long m = min[j];
            for (int attempt = 0; m == EMPTY; attempt++) {
                m = min[(int) (mix(j * 0x9E3779B97F4A7C15L + attempt + 1) >>> SLOT_SHIFT)];
            }
            int low = (int) m & 0xFF;
            hex[2 * j] = HEX_DIGITS[low >>> 4];
            hex[2 * j + 1] = HEX_DIGITS[low & 0xF];
        }
        return new String(hex);
    }

    private static final int SLOT_SHIFT = 64 - Integer.numberOfTrailingZeros(HASHES);
    private static final long REST_MASK = -1L >>> Integer.numberOfTrailingZeros(HASHES);
    /** Above every slot's value (the hash without its slot bits): a slot no shingle fell into. */
    private static final long EMPTY = Long.MAX_VALUE;
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    /** Hex digits of a signature: two per slot. */
    static final int SIGNATURE_LENGTH = 2 * HASHES;
    /**
     * The signature stores wrote before the one-permutation signature: 64 hashes of eight hex digits
     * each. Still read (its slots' low eight bits), so a week stored then finds its copies among
     * themselves; such a slot never agrees with a new one more than by chance (1 in 256).
     */
    static final int OLD_SIGNATURE_LENGTH = 8 * HASHES;

    /** Hashes of the body's words, lowercased, accents and punctuation ignored. */
    private static long[] wordHashes(String body) {
        long[] hashes = new long[body.length() / 5 + 16]; // words average over five characters with their space
        int count = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            char letter; // the character folded into the word's hash, 0 when c ends a word
            if (c < 128) { // ASCII without lookups: most of every text
                letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c
                        : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : 0;
            } else if (Character.isLetterOrDigit(c)) {
                letter = baseLetter(c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else {
                letter = 0;
            }
            if (letter != 0) {
                h = h * 131 + letter;
                inWord = true;
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
        byte[] both = new byte[2 * HASHES];
        if (!slots(a, both, 0) || !slots(b, both, HASHES)) {
            return 0;
        }
        return agreement(both, 0, both, HASHES);
    }

    /**
     * Reads a signature's slots (eight bits each) into {@code into} from {@code at}; false when it is
     * no signature (empty: a text too short).
     */
    static boolean slots(String signature, byte[] into, int at) {
        int digitsPerSlot;
        if (signature.length() == SIGNATURE_LENGTH) {
            digitsPerSlot = 2;
        } else if (signature.length() == OLD_SIGNATURE_LENGTH) {
            digitsPerSlot = 8;
        } else {
            return false;
        }
        for (int i = 0; i < HASHES; i++) {
            int last = (i + 1) * digitsPerSlot;
            into[at + i] = (byte) (Character.digit(signature.charAt(last - 2), 16) << 4
                    | Character.digit(signature.charAt(last - 1), 16));
        }
        return true;
    }

    /** The share of the two signatures' hashes that agree: an estimate of their shingles' overlap. */
    private static double agreement(byte[] a, int aAt, byte[] b, int bAt) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[aAt + i] == b[bAt + i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * Finds the stories of a week's articles. Articles are added one at a time, in id order; once all
     * are in, {@link #originals()} says which article each one copies. Memory stays small for a week
     * of 100k articles: per article 8 bits of each signature hash (64 bytes; two unrelated hashes
     * agree on them once in 256 draws, which moves an estimated overlap by 0.4 %) and a union-find slot. The bands are grouped one at a
     * time by sorting, so no table of every article's band keys is kept.
     */
    public static final class Finder {
        private static final int BLOCK = 1024;
        /** Signatures in blocks of {@link #BLOCK} articles: no copying as the week grows. */
        private final List<byte[]> blocks = new ArrayList<>();
        /** Articles with a signature that takes part in the banding (not exact copies, not too short). */
        private final BitSet banded = new BitSet();
        /** Union-find parents: every story's root is its first article. */
        private int[] parent = new int[BLOCK];
        /** The first 64 bits of an exact fingerprint (of 128) → the first article with it. */
        private final LongIntMap firstWithText = new LongIntMap(BLOCK);
        private int size;

        /**
         * Adds the next article.
         *
         * @param exact     the exact fingerprint (hex), or "" for none
         * @param signature the MinHash signature (hex), or "" for a text too short to have one
         */
        public void add(String exact, String signature) {
            int n = size++;
            if (n == parent.length) {
                parent = Arrays.copyOf(parent, n + n / 2);
            }
            if (n % BLOCK == 0) {
                blocks.add(new byte[BLOCK * HASHES]);
            }
            parent[n] = n;
            if (exact.length() >= 16) {
                long text = Long.parseUnsignedLong(exact, 0, 16, 16);
                int first = firstWithText.get(text);
                if (first >= 0) {
                    parent[n] = first;
                    return;
                }
                firstWithText.put(text, n);
            }
            if (slots(signature, blocks.get(n / BLOCK), (n % BLOCK) * HASHES)) {
                banded.set(n);
            }
        }

        /**
         * For every article in the order added, the index of its story's first article (its own index
         * when it is the first). Candidates are articles that agree on a whole band; a candidate is one
         * story with the article when their signatures agree on at least {@link #SAME_STORY} of their
         * hashes, and stories joined through a shared article are one story.
         */
        public int[] originals() {
            long[] keys = new long[banded.cardinality()];
            for (int band = 0; band < BANDS; band++) {
                int m = 0;
                for (int n = banded.nextSetBit(0); n >= 0; n = banded.nextSetBit(n + 1)) {
                    keys[m++] = (long) bandHash(n, band) << 32 | n;
                }
                Arrays.sort(keys, 0, m);
                for (int runStart = 0, i = 1; i <= m; i++) {
                    if (i == m || keys[i] >>> 32 != keys[runStart] >>> 32) {
                        joinRun(keys, runStart, i);
                        runStart = i;
                    }
                }
            }
            int[] originals = new int[size];
            for (int n = 0; n < size; n++) {
                originals[n] = find(n);
            }
            return originals;
        }

        /** Articles sharing a band key, oldest first: each joins the oldest earlier one it agrees with. */
        private void joinRun(long[] keys, int from, int to) {
            for (int p = from + 1; p < to; p++) {
                int article = (int) keys[p];
                for (int q = from; q < p; q++) {
                    int candidate = (int) keys[q];
                    if (find(candidate) == find(article)) {
                        break;
                    }
                    if (agreement(article, candidate) >= SAME_STORY) {
                        union(article, candidate);
                        break;
                    }
                }
            }
        }

        private double agreement(int a, int b) {
            return NearDuplicates.agreement(blocks.get(a / BLOCK), (a % BLOCK) * HASHES, blocks.get(b / BLOCK),
                    (b % BLOCK) * HASHES);
        }

        private int bandHash(int n, int band) {
            byte[] block = blocks.get(n / BLOCK);
            int at = (n % BLOCK) * HASHES + band * ROWS;
            long rows = 0;
            for (int r = 0; r < ROWS; r++) {
                rows = rows << 8 | (block[at + r] & 0xFF);
            }
            return (int) (mix(rows + band * 0x9E3779B97F4A7C15L) >>> 32);
        }

        private int find(int n) {
            int root = n;
            while (parent[root] != root) {
                root = parent[root];
            }
            while (parent[n] != root) {
                int next = parent[n];
                parent[n] = root;
                n = next;
            }
            return root;
        }

        private void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe53aa05L;
        return z ^ (z >>> 33);
    }
}
