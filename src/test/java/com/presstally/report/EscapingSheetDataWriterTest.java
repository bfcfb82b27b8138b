package com.presstally.report;

import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EscapingSheetDataWriterTest {
    /** POI's own escape, reached through its public writer-taking constructor. */
    private static final class PoiEscape extends SheetDataWriter {
        private final StringWriter text;

        PoiEscape(StringWriter text) throws IOException {
            super(text);
            this.text = text;
        }

        String escape(String s) throws IOException {
            text.getBuffer().setLength(0);
            outputEscapedString(s);
            _out.flush();
            return text.toString();
        }
    }

    private static String ours(String s) throws IOException {
        StringWriter out = new StringWriter();
        EscapingSheetDataWriter.escape(s, out);
        return out.toString();
    }

    @Test
    void everyCharacterIsEscapedAsPoiEscapesIt() throws IOException {
        PoiEscape poi = new PoiEscape(new StringWriter());
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "a" + (char) c + "b";
            assertEquals(poi.escape(s), ours(s), () -> "U+" + Integer.toHexString(s.charAt(1)));
        }
    }

    @Test
    void quotesMarkupSurrogatePairsAndControlsInRunningTextMatchPoi() throws IOException {
        PoiEscape poi = new PoiEscape(new StringWriter());
        List<String> texts = new ArrayList<>(List.of("", "plain", "<b>\"Tom & Jerry\"</b>", "line\nbreak\r\tand\u00A0nbsp",
                "emoji \uD83D\uDE80 and a lone \uD800 surrogate", "\uDC00 at start", "ends with \uD83D", "bell\u0007 and \uFFFE\uFFFF",
                "\u201cZelenskyy\u2019s\u201d office \u2014 1,700 killed.", ">", "&&&", "=SUM(A1)"));
        Random random = new Random(7);
        char[] alphabet = "ab <>&\"\n\r\t\u00A0\u0001\u007F\u009F\u00E9\u2019\uD83D\uDE80\uFFFE\uFFFF".toCharArray();
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(s.toString());
        }
        for (String text : texts) {
            assertEquals(poi.escape(text), ours(text), text);
        }
    }
}
