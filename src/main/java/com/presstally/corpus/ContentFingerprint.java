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

    /** The fingerprint of an article's body ({@link Article#body()}). */
    public static String of(String body) {
        Folded folded = fold(body, new Folded(body.length()));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(folded.utf8, 0, folded.length);
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The folded text (see {@link #fold(String, Folded)}). */
    static String fold(String body) {
        Folded folded = fold(body, new Folded(body.length()));
        return new String(folded.utf8, 0, folded.length, StandardCharsets.UTF_8);
    }

    /**
     * Lowercase letters and digits, accents dropped (NFKD, then no marks), every run of anything
     * else one space, none at the ends; written straight to UTF-8, the bytes that are hashed. One
     * pass, ASCII without lookups: it runs on every article.
     */
    private static Folded fold(String body, Folded out) {
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                    out.keep(c);
                } else if (c >= 'A' && c <= 'Z') {
                    out.keep(c + ('a' - 'A'));
                } else {
                    out.gap();
                }
                continue;
            }
            if (c >= 0x2000 && c <= 0x206F) { // dashes, curly quotes, ellipsis: none decomposes to a letter or digit
                out.gap();
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
                if (alnum) {
                    out.keep(Character.toLowerCase(d));
                } else {
                    out.gap();
                }
            }
        }
        return out;
    }

    /** The folded text as UTF-8 bytes: kept code points, one space for each gap between two of them. */
    private static final class Folded {
        byte[] utf8;
        int length;
        private boolean gap;

        Folded(int capacity) {
            utf8 = new byte[Math.max(16, capacity)];
        }

        void gap() {
            gap = true;
        }

        void keep(int codePoint) {
            if (length + 5 > utf8.length) {
                utf8 = java.util.Arrays.copyOf(utf8, utf8.length * 2);
            }
            if (gap && length > 0) {
                utf8[length++] = ' ';
            }
            gap = false;
            if (codePoint < 0x80) {
                utf8[length++] = (byte) codePoint;
            } else if (codePoint < 0x800) {
                utf8[length++] = (byte) (0xC0 | codePoint >> 6);
                utf8[length++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (codePoint < 0x10000) {
                utf8[length++] = (byte) (0xE0 | codePoint >> 12);
                utf8[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                utf8[length++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                utf8[length++] = (byte) (0xF0 | codePoint >> 18);
                utf8[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                utf8[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                utf8[length++] = (byte) (0x80 | codePoint & 0x3F);
            }
        }
    }
}
