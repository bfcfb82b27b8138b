package com.presstally.report;

import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.IOException;
import java.io.Writer;

/**
 * SXSSF's sheet writer with a faster text escape. POI escapes a cell's text one code point at a time
 * (an array per character, a locked write per character); over the ~6 million cells of a big week's
 * sheets that was a quarter of the workbook's writing time. This writes runs of plain characters in
 * one call and produces the same XML (a test compares the two on every kind of character).
 */
final class EscapingSheetDataWriter extends SheetDataWriter {
    EscapingSheetDataWriter() throws IOException {
        super();
    }

    @Override
    protected void outputEscapedString(String s) throws IOException {
        escape(s, _out);
    }

    /**
     * Writes {@code s} as POI's {@code SheetDataWriter} does: XML's special characters, line breaks,
     * tab and no-break space as entities; other control characters and U+FFFE/U+FFFF as '?'; the rest,
     * surrogates included, unchanged.
     */
    static void escape(String s, Writer out) throws IOException {
        if (s == null) {
            return;
        }
        int plainFrom = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = c > '>' && c < '\u00A0' ? null : replacement(c); // nothing in '?'..U+009F changes
            if (replacement != null) {
                out.write(s, plainFrom, i - plainFrom);
                out.write(replacement);
                plainFrom = i + 1;
            }
        }
        out.write(s, plainFrom, s.length() - plainFrom);
    }

    private static String replacement(char c) {
        switch (c) {
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '&':
                return "&amp;";
            case '"':
                return "&quot;";
            case '\n':
                return "&#xa;";
            case '\r':
                return "&#xd;";
            case '\t':
                return "&#x9;";
            case '\u00A0':
                return "&#xa0;";
            default:
                return c < ' ' || c >= '\uFFFE' ? "?" : null;
        }
    }
}
