package com.presstally.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowsInBackgroundTest {
    /** A sink that keeps its rows, and fails on a row whose first value is "fail". */
    private static final class Kept implements RowSink {
        final List<List<Object>> rows = new ArrayList<>();

        @Override
        public void row(List<Object> values) throws IOException {
            if ("fail".equals(values.get(0))) {
                throw new IOException("disk full");
            }
            rows.add(values);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void everyRowReachesItsSinkInOrderBeforeCloseReturns() throws IOException {
        Kept a = new Kept();
        Kept b = new Kept();
        try (RowsInBackground rows = new RowsInBackground("test-writer")) {
            for (int i = 0; i < 10_000; i++) {
                rows.write(List.of(a, b, a), List.of(List.of("a", i), List.of("b", i), List.of("a2", i)));
            }
        }
        assertEquals(20_000, a.rows.size());
        assertEquals(10_000, b.rows.size());
        assertEquals(List.of("a2", 9_999), a.rows.get(19_999));
        assertEquals(List.of("b", 5_000), b.rows.get(5_000));
    }

    @Test
    void aFailureOfTheWritingThreadReachesTheCaller() {
        Kept sink = new Kept();
        IOException e = assertThrows(IOException.class, () -> {
            try (RowsInBackground rows = new RowsInBackground("test-writer")) {
                rows.write(List.of(sink), List.of(List.of("fail")));
                for (int i = 0; i < 10_000; i++) { // the caller goes on until it learns of the failure
                    rows.write(List.of(sink), List.of(List.of("row", i)));
                }
            }
        });
        assertEquals("disk full", e.getMessage());
        assertTrue(sink.rows.isEmpty(), "nothing is written after the failure");
    }
}
