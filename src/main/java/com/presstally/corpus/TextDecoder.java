package com.presstally.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: a byte-order mark wins; otherwise strict UTF-8, falling back to Windows-1252
 * (what Western news exports that are not UTF-8 almost always are). Binary files are refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(String articleId, byte[] bytes) throws ArticleRejectedException {
        if (bytes.length == 0) {
            throw new ArticleRejectedException(articleId, "empty file");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(articleId, new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return checked(articleId, new String(bytes, StandardCharsets.UTF_16));
        }
        if (looksBinary(bytes)) {
            throw new ArticleRejectedException(articleId, "binary content, not text");
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            // the lenient decoder marks every malformed sequence with U+FFFD: without one the bytes were valid UTF-8
            return checked(articleId, lenient);
        }
        try {
            return checked(articleId, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notUtf8) {
            return checked(articleId, new String(bytes, WINDOWS_1252));
        }
    }

    private static String checked(String articleId, String text) throws ArticleRejectedException {
        if (text.isBlank()) {
            throw new ArticleRejectedException(articleId, "empty file");
        }
        return text;
    }

    /** NUL bytes or many control characters in the first 8 KiB mean this is not an article. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 20;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
