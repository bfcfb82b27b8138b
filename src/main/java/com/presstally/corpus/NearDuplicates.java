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
        List<Long> words = wordHashes(article.body());
        if (words.size() < SHINGLE) {
            return "";
        }
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words.get(k);
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
    private static List<Long> wordHashes(String body) {
        List<Long> hashes = new ArrayList<>();
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
                hashes.add(h);
                h = 0;
                inWord = false;
            }
        }
        if (inWord) {
            hashes.add(h);
        }
        return hashes;
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
        Map<String, String> original = new HashMap<>();
        Map<String, String> byExact = new HashMap<>();
        Map<String, List<String>> buckets = new HashMap<>();
        for (Map.Entry<String, String[]> e : signatures.entrySet()) {
            String id = e.getKey();
            String exact = e.getValue()[0];
            String sig = e.getValue()[1];
            String first = exact.isEmpty() ? null : byExact.putIfAbsent(exact, id);
            if (first != null) {
                original.put(id, rootOf(original, first));
                continue;
            }
            String match = null;
            if (!sig.isEmpty()) {
                for (int band = 0; band < BANDS && match == null; band++) {
                    String key = band + ":" + sig.substring(band * ROWS * 8, (band + 1) * ROWS * 8);
                    for (String candidate : buckets.getOrDefault(key, List.of())) {
                        if (similarity(sig, signatures.get(candidate)[1]) >= SAME_STORY) {
                            match = candidate;
                            break;
                        }
                    }
                }
                for (int band = 0; band < BANDS; band++) {
                    buckets.computeIfAbsent(band + ":" + sig.substring(band * ROWS * 8, (band + 1) * ROWS * 8),
                            k -> new ArrayList<>()).add(id);
                }
            }
            original.put(id, match == null ? id : rootOf(original, match));
        }
        return original;
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
