package com.presstally.report;

import org.apache.commons.csv.CSVFormat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes tables as UTF-8 CSV files with a header row (spec §6). Text that a spreadsheet would run
 * as a formula (it starts with {@code = + - @}, a tab or a carriage return) gets a leading
 * apostrophe, the OWASP advice for CSV injection: {@code =HYPERLINK(…)} in a quote stays text.
 */
public final class CsvExports {
    private CsvExports() {
    }

    static Object neutralised(Object value) {
        if (value instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return value;
    }

    public static void write(Tables.Table table, Path folder) throws IOException {
        try (RowSink csv = open(folder, table.name(), table.header())) {
            for (List<Object> row : table.rows()) {
                csv.row(row);
            }
        }
    }

    /**
     * A CSV file {@code <name>.csv} in the folder, header written, taking rows until closed. Each
     * value goes through {@link CSVFormat#print(Object, Appendable, boolean)}, the quoting a
     * {@code CSVPrinter} applies, into a plain {@link StringBuilder}: the exports of a big week are a
     * billion characters, and a printer or a {@link java.io.BufferedWriter} takes a lock for every
     * piece of every value. The text goes to the encoder {@link #CHUNK} characters at a time.
     */
    static RowSink open(Path folder, String name, List<String> header) throws IOException {
        Writer out = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(folder.resolve(name + ".csv")),
                1 << 16), StandardCharsets.UTF_8);
        CsvFile file = new CsvFile(out);
        try {
            file.record(header);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return file;
    }

    private static final class CsvFile implements RowSink {
        private final Writer out;
        private final StringBuilder pending = new StringBuilder(CHUNK + 4096);
        private char[] chunk = new char[0];

        CsvFile(Writer out) {
            this.out = out;
        }

        @Override
        public void row(List<Object> values) throws IOException {
            record(values);
        }

        void record(List<?> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                FORMAT.print(neutralised(values.get(i)), pending, i == 0);
            }
            pending.append(FORMAT.getRecordSeparator());
            if (pending.length() >= CHUNK) {
                writePending();
            }
        }

        private void writePending() throws IOException {
            int length = pending.length();
            if (chunk.length < length) {
                chunk = new char[length];
            }
            pending.getChars(0, length, chunk, 0);
            out.write(chunk, 0, length);
            pending.setLength(0);
        }

        @Override
        public void close() throws IOException {
            try (out) {
                writePending();
            }
        }
    }

    private static final int CHUNK = 1 << 16;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;
}
