package com.presstally.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

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

    /** A CSV file {@code <name>.csv} in the folder, header written, taking rows until closed. */
    static RowSink open(Path folder, String name, List<String> header) throws IOException {
        Writer out = Files.newBufferedWriter(folder.resolve(name + ".csv"), StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
        return new RowSink() {
            private final Object[] cells = new Object[header.size()];

            @Override
            public void row(List<Object> values) throws IOException {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = neutralised(values.get(i));
                }
                csv.printRecord(cells);
            }

            @Override
            public void close() throws IOException {
                csv.close();
            }
        };
    }
}
