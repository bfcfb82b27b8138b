package com.presstally.corpus;

import com.presstally.domain.Article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * A hash of an article's body after folding case, accents, quote styles and whitespace: two files
 * with the same fingerprint are the same story, counted once.
 */
public final class ContentFingerprint {
    private ContentFingerprint() {
    }

    public static String of(Article article) {
        String folded = fold(article.body());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Lowercase letters and digits, accents dropped (NFKD, then no marks), every run of anything
     * else one space, none at the ends. One pass, ASCII without lookups: it runs on every article.
     */
    static String fold(String body) {
        StringBuilder out = new StringBuilder(body.length());
        boolean gap = false;
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
                gap = append(out, alnum ? Character.toLowerCase(c) : -1, gap);
                continue;
            }
            if (c >= 0x2000 && c <= 0x206F) { // dashes, curly quotes, ellipsis: none decomposes to a letter or digit
                gap = true;
                continue;
            }
            String decomposed = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKD);
            for (int j = 0; j < decomposed.length(); ) {
                int d = decomposed.codePointAt(j);
                j += Character.charCount(d);
                int type = Character.getType(d);
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK) {
                    continue;
                }
                boolean alnum = Character.isLetter(d) || type == Character.DECIMAL_DIGIT_NUMBER
                        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
                gap = append(out, alnum ? Character.toLowerCase(d) : -1, gap);
            }
        }
        return out.toString();
    }

    /** Appends a kept code point (a space first when a gap preceded it), or notes a gap for -1. */
    private static boolean append(StringBuilder out, int kept, boolean gap) {
        if (kept < 0) {
            return true;
        }
        if (gap && !out.isEmpty()) {
            out.append(' ');
        }
        out.appendCodePoint(kept);
        return false;
    }
}
