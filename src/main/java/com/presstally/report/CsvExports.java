package com.presstally.report;

import org.apache.commons.csv.CSVFormat;

import java.io.IOException;
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
     * {@code CSVPrinter} applies, without the printer's lock and stream for every record: the
     * exports of a big week are a billion characters.
     */
    static RowSink open(Path folder, String name, List<String> header) throws IOException {
        Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                Files.newOutputStream(folder.resolve(name + ".csv")), StandardCharsets.UTF_8), 1 << 16);
        try {
            record(out, header);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return new RowSink() {
            @Override
            public void row(List<Object> values) throws IOException {
                record(out, values);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }

    private static void record(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            FORMAT.print(neutralised(values.get(i)), out, i == 0);
        }
        out.append(FORMAT.getRecordSeparator());
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;
}
