package com.presstally.report;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookWriterTest {
    @Test
    void textLongerThanAnExcelCellIsCutWithANote(@TempDir Path dir) throws Exception {
        WeeklyReport empty = WeeklyReport.of("2026-W47", "in", List.of(), List.of(), Map.of(), List.of());
        String huge = "x".repeat(40_000);
        Tables.Table table = new Tables.Table("statements", List.of("article_id", "content"), List.of(List.of("a.txt", huge)));
        Tables.Table tolls = Tables.tolls(List.of());
        Path file = dir.resolve("w.xlsx");
        try (WorkbookWriter book = new WorkbookWriter(List.of("statements", "tolls"), 10)) {
            book.table(table);
            book.table(tolls);
            book.summary(empty, Digest.of(List.of()), tolls, List.of());
            book.save(file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Summary", "Statements", "Tolls"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            String cell = wb.getSheet("Statements").getRow(1).getCell(1).getStringCellValue();
            assertEquals(WorkbookWriter.MAX_CELL_TEXT, cell.length());
            assertTrue(cell.endsWith(WorkbookWriter.TRUNCATED));
            assertEquals("B2", wb.getSheet("Statements").getTables().get(0).getEndCellReference().formatAsString());
        }
    }
}
