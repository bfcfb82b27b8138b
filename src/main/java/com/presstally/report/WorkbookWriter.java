package com.presstally.report;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.Stance;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link WeeklyReport} as an Excel workbook: a Summary sheet with the week's figures and
 * charts, then one sheet per table with a frozen header, filters and readable widths. Article text
 * is always written as a text cell, never as a formula.
 */
public final class WorkbookWriter {
    private static final Set<String> WIDE = Set.of("content", "evidence", "title", "sentence", "figures_and_claimants");
    private static final int MAX_ROWS = 1_048_575;

    private final Workbook wb = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle wrap;
    private final CellStyle date;
    private final CellStyle link;
    private final CellStyle heading;

    public WorkbookWriter() {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        heading = wb.createCellStyle();
        heading.setFont(big);
        wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        CreationHelper helper = wb.getCreationHelper();
        date = wb.createCellStyle();
        date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(blue);
        link.setVerticalAlignment(VerticalAlignment.TOP);
    }

    public void write(WeeklyReport report, List<Tables.Table> tables, List<Charts.Chart> charts, Path file)
            throws IOException {
        summary(report, tables, charts);
        for (Tables.Table table : tables) {
            table(table);
        }
        for (Sheet sheet : wb) {
            // printed or exported to PDF, a sheet is one page wide in landscape, however many pages long
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    private void summary(WeeklyReport report, List<Tables.Table> tables, List<Charts.Chart> charts) throws IOException {
        Sheet s = wb.createSheet("Summary");
        int r = 0;
        text(s.createRow(r++), 0, "Press Tally weekly briefing: " + report.scope(), heading);
        r++;
        r = pair(s, r, "Report scope", report.scope());
        r = pair(s, r, "Input folder", report.corpus());
        r = pair(s, r, "Articles read", report.articles().size());
        r = pair(s, r, "Articles counted", report.counted().size());
        r = pair(s, r, "Duplicates", report.count(ArticleStatus.DUPLICATE));
        r = pair(s, r, "Rejected", report.count(ArticleStatus.REJECTED));
        r = pair(s, r, "Statements", report.statementCount());
        r = pair(s, r, "Casualty claims", report.casualtyCount());
        r = pair(s, r, "Reactions", report.reactionCount());
        r++;
        Row h = s.createRow(r++);
        List<String> cols = List.of("Top actors", "Statements", "Direct", "Mixed", "Indirect", "Reactions",
                "Change vs previous week");
        for (int c = 0; c < cols.size(); c++) {
            text(h, c, cols.get(c), header);
        }
        for (ActorTally t : report.actors().stream().limit(10).toList()) {
            Row row = s.createRow(r++);
            text(row, 0, t.actor(), null);
            row.createCell(1).setCellValue(t.statements());
            row.createCell(2).setCellValue(t.direct());
            row.createCell(3).setCellValue(t.mixed());
            row.createCell(4).setCellValue(t.indirect());
            row.createCell(5).setCellValue(t.reactions());
            ActorTally before = report.previous().get(t.actor());
            if (!report.previous().isEmpty()) {
                row.createCell(6).setCellValue(t.statements() - (before == null ? 0 : before.statements()));
            }
        }
        r = tollsSection(s, r + 1, tables);
        r = reactionsSection(s, r + 1, report);
        s.setColumnWidth(0, 36 * 256);
        for (int c = 1; c < cols.size(); c++) {
            s.setColumnWidth(c, 13 * 256);
        }
        s.setColumnWidth(4, 60 * 256); // the tolls' "figures and claimants" read on one line
        s.setColumnWidth(6, 24 * 256);
        XSSFDrawing drawing = (XSSFDrawing) s.createDrawingPatriarch();
        int top = 1;
        for (Charts.Chart chart : charts) {
            int picture = wb.addPicture(Files.readAllBytes(chart.file()), Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(8);
            anchor.setRow1(top);
            anchor.setCol2(20);
            anchor.setRow2(top + 26);
            drawing.createPicture(anchor, picture);
            top += 28;
        }
    }

    /** The week's casualty tolls, disputed ones first, with each figure and who claims it. */
    private int tollsSection(Sheet s, int r, List<Tables.Table> tables) {
        Tables.Table tolls = tables.stream().filter(t -> t.name().equals("tolls")).findFirst().orElseThrow();
        text(s.createRow(r++), 0, "Casualty claims (same toll grouped; disputed first)", heading);
        Row h = s.createRow(r++);
        List<String> cols = List.of("Outcome / victims / place", "Lowest", "Highest", "Disputed", "Figures and claimants");
        for (int c = 0; c < cols.size(); c++) {
            text(h, c, cols.get(c), header);
        }
        for (List<Object> t : tolls.rows().stream().limit(10).toList()) {
            Row row = s.createRow(r++);
            String place = t.get(3).toString().isEmpty() ? "" : " in " + t.get(3);
            String rate = t.get(4).toString().isEmpty() ? "" : " per " + t.get(4);
            text(row, 0, t.get(1) + " / " + t.get(2) + place + rate, wrap);
            row.createCell(1).setCellValue(((Number) t.get(6)).doubleValue());
            row.createCell(2).setCellValue(((Number) t.get(7)).doubleValue());
            text(row, 3, t.get(8).toString(), null);
            text(row, 4, t.get(9).toString(), null);
        }
        if (tolls.rows().isEmpty()) {
            text(s.createRow(r++), 0, "No casualty claims this week.", null);
        }
        return r;
    }

    /** Reactions by source and stance, most active source first. */
    private int reactionsSection(Sheet s, int r, WeeklyReport report) {
        text(s.createRow(r++), 0, "Reactions by source and stance", heading);
        java.util.Map<String, int[]> bySource = new java.util.LinkedHashMap<>();
        for (var a : report.counted()) {
            for (var reaction : a.extraction().reactions()) {
                bySource.computeIfAbsent(reaction.actor().name(), k -> new int[Stance.values().length])[reaction.stance().ordinal()]++;
            }
        }
        Row h = s.createRow(r++);
        text(h, 0, "Source", header);
        for (Stance st : Stance.values()) {
            text(h, 1 + st.ordinal(), st.label(), header);
        }
        List<java.util.Map.Entry<String, int[]>> sorted = new java.util.ArrayList<>(bySource.entrySet());
        sorted.sort((x, y) -> Integer.compare(java.util.Arrays.stream(y.getValue()).sum(), java.util.Arrays.stream(x.getValue()).sum()));
        for (var e : sorted.stream().limit(15).toList()) {
            Row row = s.createRow(r++);
            text(row, 0, e.getKey(), null);
            for (Stance st : Stance.values()) {
                row.createCell(1 + st.ordinal()).setCellValue(e.getValue()[st.ordinal()]);
            }
        }
        return r;
    }

    private int pair(Sheet s, int r, String label, Object value) {
        Row row = s.createRow(r);
        text(row, 0, label, header);
        if (value instanceof Number n) {
            row.createCell(1).setCellValue(n.doubleValue());
        } else {
            text(row, 1, String.valueOf(value), null);
        }
        return r + 1;
    }

    private void table(Tables.Table table) {
        Sheet s = wb.createSheet(Character.toUpperCase(table.name().charAt(0)) + table.name().substring(1));
        Row h = s.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            text(h, c, table.header().get(c), header);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            if (r > MAX_ROWS - 1) {
                text(s.createRow(r), 0, "Sheet truncated at Excel's row limit: " + table.name()
                        + ".csv holds all " + table.rows().size() + " rows.", header);
                break;
            }
            Row row = s.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                String column = table.header().get(c);
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (column.equals("url") && v.toString().startsWith("http")) {
                    Cell cell = text(row, c, v.toString(), link);
                    Hyperlink hyperlink = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
                    hyperlink.setAddress(v.toString());
                    cell.setHyperlink(hyperlink);
                } else {
                    text(row, c, v.toString(), WIDE.contains(column) ? wrap : null);
                }
            }
        }
        s.createFreezePane(0, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, table.header().size() - 1));
        for (int c = 0; c < table.header().size(); c++) {
            String column = table.header().get(c);
            int width = WIDE.contains(column) ? 70 : column.equals("url") ? 40
                    : Math.max(12, Math.min(32, column.length() + 4));
            if (column.equals("article_id") || column.equals("actor") || column.equals("speaker")) {
                width = 28;
            }
            s.setColumnWidth(c, width * 256);
        }
    }

    /** Article text goes in as a string cell: a leading = + - @ stays text, never a formula. */
    private static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }
}
