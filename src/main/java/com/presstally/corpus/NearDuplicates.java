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

    /**
     * The MinHash signature of an article's body ({@link Article#body()}) as {@link #SIGNATURE_LENGTH}
     * hex digits, or "" for a text shorter than a shingle: for each of {@link #HASHES} hash functions,
     * eight bits of the least hash of the body's shingles, all the finder compares. (Until 2026-11-27 the
     * signature spelled out 32 bits of each hash, 512 digits of which the finder read 128; those stored
     * signatures are read as they are, see {@link #slots}, and agree with new ones where they should.)
     *
     * <p>A one-permutation signature (each shingle competing for the minimum of one slot only) was
     * tried twice: five times faster, but on generated weeks 3.3 times as many article pairs shared a
     * band (1.19 M against 0.36 M at 30,000 articles), so the finder's work grew faster with the week
     * than the signatures saved.
     */
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
        byte[] kept = new byte[HASHES];
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
            kept[j] = (byte) (least >>> 32); // low bits of the top half: a minimum's high bits are mostly zero
        }
        return HexFormat.of().formatHex(kept);
    }

    /** Hex digits of a signature: two per hash. */
    static final int SIGNATURE_LENGTH = 2 * HASHES;
    /** Hex digits of a signature as stores held it until 2026-11-27: eight per hash, the finder's two last. */
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
     * Reads a signature's eight bits a hash into {@code into} from {@code at}, from either form; false
     * when it is no signature (empty: a text too short).
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
            into[at + i] = (byte) HexFormat.fromHexDigits(signature, last - 2, last);
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
