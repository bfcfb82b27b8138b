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
        Tables.Table tolls = new Tables.Table("tolls", Tables.tolls(List.of()).header(), List.of());
        Path file = dir.resolve("w.xlsx");
        new WorkbookWriter().write(empty, List.of(table, tolls), List.of(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            String cell = wb.getSheet("Statements").getRow(1).getCell(1).getStringCellValue();
            assertEquals(WorkbookWriter.MAX_CELL_TEXT, cell.length());
            assertTrue(cell.endsWith(WorkbookWriter.TRUNCATED));
            assertEquals("B2", wb.getSheet("Statements").getTables().get(0).getEndCellReference().formatAsString());
        }
    }
}
