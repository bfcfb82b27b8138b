package com.presstally.corpus;

import com.presstally.domain.Article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        if (a.isEmpty() || b.isEmpty() || a.length() != b.length()) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a.regionMatches(i * 8, b, i * 8, 8)) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * For articles in id order, which earlier article each one copies: the first article of its
     * story keeps its own id. Exact fingerprints match first; then near-copies by signature.
     *
     * @param signatures article id → (exact fingerprint, MinHash signature), in id order
     */
    public static Map<String, String> originals(LinkedHashMap<String, String[]> signatures) {
        List<String> ids = new ArrayList<>(signatures.keySet());
        int[][] slots = new int[ids.size()][];
        Map<String, String> original = new HashMap<>(ids.size() * 2);
        Map<String, String> byExact = new HashMap<>(ids.size() * 2);
        // band → the articles whose signature has that band, as indexes into ids; keys are the band's
        // four hashes folded into one long (a collision only costs one more similarity check)
        Map<Long, int[]> buckets = new HashMap<>(ids.size() * BANDS * 2);
        for (int n = 0; n < ids.size(); n++) {
            String id = ids.get(n);
            String[] fingerprints = signatures.get(id);
            String first = fingerprints[0].isEmpty() ? null : byExact.putIfAbsent(fingerprints[0], id);
            if (first != null) {
                original.put(id, rootOf(original, first));
                continue;
            }
            slots[n] = slots(fingerprints[1]);
            int match = -1;
            if (slots[n] != null) {
                long[] keys = new long[BANDS];
                for (int band = 0; band < BANDS; band++) {
                    keys[band] = bandKey(slots[n], band);
                    int[] candidates = buckets.get(keys[band]);
                    for (int c = 1; match < 0 && candidates != null && c <= candidates[0]; c++) {
                        if (similarity(slots[n], slots[candidates[c]]) >= SAME_STORY) {
                            match = candidates[c];
                        }
                    }
                }
                for (long key : keys) {
                    buckets.merge(key, new int[] {1, n}, NearDuplicates::append);
                }
            }
            original.put(id, match < 0 ? id : rootOf(original, ids.get(match)));
        }
        return original;
    }

    /** The signature's hashes, or null for an empty or malformed one. */
    private static int[] slots(String signature) {
        if (signature.length() != HASHES * 8) {
            return null;
        }
        int[] slots = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            slots[i] = (int) Long.parseLong(signature, i * 8, i * 8 + 8, 16);
        }
        return slots;
    }

    private static long bandKey(int[] slots, int band) {
        long h = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h = mix(h * 31 + slots[r]);
        }
        return h;
    }

    private static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /** A bucket is {count, index…}; adds the one index {@code one} holds, growing the array by doubling. */
    private static int[] append(int[] bucket, int[] one) {
        int count = bucket[0];
        int[] grown = count + 1 < bucket.length ? bucket : java.util.Arrays.copyOf(bucket, bucket.length * 2);
        grown[count + 1] = one[1];
        grown[0] = count + 1;
        return grown;
    }

    private static String rootOf(Map<String, String> original, String id) {
        String root = id;
        while (original.containsKey(root) && !original.get(root).equals(root)) {
            root = original.get(root);
        }
        return root;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe53aa05L;
        return z ^ (z >>> 33);
    }
}
