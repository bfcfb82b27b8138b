package com.presstally.corpus;

import com.presstally.domain.Article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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

    /** The MinHash signature of an article's body ({@link Article#body()}) as hex, or "" for a text shorter than a shingle. */
    public static String signature(String body) {
        long[] words = wordHashes(body);
        if (words.length < SHINGLE) {
            return "";
        }
        long[] shingles = new long[words.length - SHINGLE + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words[k];
            }
            shingles[i] = mix(h);
        }
        long[] min = new long[HASHES];
        for (int j = 0; j < HASHES; j++) {
            // one strong hash per shingle, then a cheap permutation per signature slot; the slot's
            // minimum stays in a register through the inner loop
            long seed = SEEDS[j];
            long least = Long.MAX_VALUE;
            for (long h : shingles) {
                long v = (h ^ seed) * 0x9E3779B97F4A7C15L;
                if (Long.compareUnsigned(v, least) < 0) {
                    least = v;
                }
            }
            min[j] = least;
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
            if (signature.length() == HASHES * 8) {
                byte[] block = blocks.get(n / BLOCK);
                int at = (n % BLOCK) * HASHES;
                for (int i = 0; i < HASHES; i++) { // the low bits: a minimum's high bits are mostly zero
                    block[at + i] = (byte) Integer.parseInt(signature, i * 8 + 6, i * 8 + 8, 16);
                }
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
            byte[] blockA = blocks.get(a / BLOCK);
            byte[] blockB = blocks.get(b / BLOCK);
            int atA = (a % BLOCK) * HASHES;
            int atB = (b % BLOCK) * HASHES;
            int same = 0;
            for (int i = 0; i < HASHES; i++) {
                if (blockA[atA + i] == blockB[atB + i]) {
                    same++;
                }
            }
            return (double) same / HASHES;
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
