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

    public static void write(List<Tables.Table> tables, Path folder) throws IOException {
        for (Tables.Table table : tables) {
            try (Writer out = Files.newBufferedWriter(folder.resolve(table.name() + ".csv"), StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                         .setHeader(table.header().toArray(String[]::new)).get())) {
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(CsvExports::neutralised).toList());
                }
            }
        }
    }
}
