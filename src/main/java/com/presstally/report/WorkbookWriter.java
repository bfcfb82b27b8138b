package com.presstally.report;

import com.presstally.domain.ActorTally;
import com.presstally.domain.ArticleStatus;
import com.presstally.domain.Stance;
import com.presstally.domain.WeekFigures;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a {@link WeeklyReport} as an Excel workbook, streaming (SXSSF) so a week of 100k articles
 * never holds the whole workbook in memory. Every sheet is created up front, so sheets fed row by row
 * in one walk over the week keep their order. A Summary sheet with the week's figures, tolls, reactions,
 * a native bar chart an analyst can restyle and the PNG charts; then one sheet per table, each a
 * native Excel table (sorting and filters) with a frozen header, readable widths and its chart beside
 * it. Article text is always written as a text cell, never as a formula.
 */
public final class WorkbookWriter implements java.io.Closeable {
    private static final Set<String> WIDE = Set.of("content", "evidence", "title", "sentence", "figures_and_claimants");
    /** Excel's last row is 1,048,576; one row is the header and one the note that the CSV holds the rest. */
    public static final int MAX_DATA_ROWS = 1_048_574;
    static final int MAX_CELL_TEXT = 32_767;
    static final String TRUNCATED = " … [cut at Excel's cell limit; the CSV holds the full text]";
    /**
     * Which PNG chart stands beside which sheet's table. Sorted: placed in the same order every run, the
     * pictures keep their part names from run to run (Map.of's order changes with every JVM).
     */
    private static final Map<String, String> CHART_OF_SHEET = new java.util.TreeMap<>(Map.of("actors",
            "statements-per-actor.png", "tolls", "casualty-claims.png", "reactions", "reactions-by-stance.png",
            "trends", "weekly-trend.png"));

    private final SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200) {
        @Override
        protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
                java.io.OutputStream stream) {
            // compressing a 100k-article week's sheets at the default level took ~2 s of the report
            // (JFR); the fastest level makes the file about a third larger (36 MB against 27 MB)
            var zip = super.createArchiveOutputStream(stream);
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            return zip;
        }

        @Override
        protected org.apache.poi.xssf.streaming.SheetDataWriter createSheetDataWriter() throws IOException {
            return new EscapingSheetDataWriter();
        }
    };
    private final CellStyle header;
    private final CellStyle wrap;
    private final CellStyle date;
    private final CellStyle link;
    private final CellStyle heading;
    /**
     * Set on every cell that has no other style: a cell without one makes SXSSF look up its
     * column's default style in the sheet XML, which cost half the workbook's writing time.
     */
    private final CellStyle plain;

    private final Map<String, SXSSFSheet> sheets = new LinkedHashMap<>();
    private final Map<String, Integer> columnsOf = new LinkedHashMap<>();

    private final int maxDataRows;
    /** Tables whose sheet stopped at the row limit: rows shown and rows in the table. */
    private final Map<String, long[]> cut = new LinkedHashMap<>();

    /**
     * A workbook with a Summary sheet and one sheet per table, in this order, all empty.
     *
     * @param maxDataRows the most data rows a table's sheet holds (at most {@link #MAX_DATA_ROWS}); the
     *                    rest are counted and a note points to the CSV
     */
    public WorkbookWriter(List<String> tableNames, int maxDataRows) {
        if (maxDataRows < 1 || maxDataRows > MAX_DATA_ROWS) {
            throw new IllegalArgumentException("a sheet holds 1 to " + MAX_DATA_ROWS + " data rows, not " + maxDataRows);
        }
        this.maxDataRows = maxDataRows;
        plain = wb.getCellStyleAt(0);
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
        blue.setColor(IndexedColors.BLUE.getIndex());
        link = wb.createCellStyle();
        link.setFont(blue);
        link.setVerticalAlignment(VerticalAlignment.TOP);
        sheets.put("summary", wb.createSheet("Summary"));
        for (String table : tableNames) {
            sheets.put(table, wb.createSheet(sheetName(table)));
        }
    }

    private String cutNote(String table) {
        long[] rows = cut.get(table);
        return String.format(java.util.Locale.ROOT, "%s sheet shows the first %,d of %,d rows; %s.csv beside this "
                + "workbook holds them all.", sheetName(table), rows[0], rows[1], table);
    }

    private static String sheetName(String table) {
        return Character.toUpperCase(table.charAt(0)) + table.substring(1);
    }

    /** Saves the workbook; the temporary files SXSSF streams rows into are deleted on close. */
    public void save(Path file) throws IOException {
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
    }

    @Override
    public void close() throws IOException {
        wb.dispose();
        wb.close();
    }

    /** Places each PNG chart beside the table it draws. */
    public void chartsBesideTables(List<Charts.Chart> charts) throws IOException {
        for (Map.Entry<String, String> e : CHART_OF_SHEET.entrySet()) {
            Charts.Chart chart = charts.stream().filter(c -> c.file().getFileName().toString().equals(e.getValue()))
                    .findFirst().orElse(null);
            SXSSFSheet sheet = sheets.get(e.getKey());
            if (chart != null && sheet != null) {
                picture(sheet, chart, columnsOf.getOrDefault(e.getKey(), 0) + 1, 1);
            }
        }
    }

    /** Fills the Summary sheet: figures with last week's, top actors, tolls, reactions, the native chart and PNGs. */
    public void summary(WeeklyReport report, Digest digest, Tables.Table tolls, List<Charts.Chart> chartList)
            throws IOException {
        Map<String, Charts.Chart> charts = new LinkedHashMap<>();
        chartList.forEach(c -> charts.put(c.file().getFileName().toString(), c));
        SXSSFSheet s = sheets.get("summary");
        int r = 0;
        text(s.createRow(r++), 0, "Press Tally weekly briefing: " + report.scope(), heading);
        r++;
        r = pair(s, r, "Report scope", report.scope(), null);
        r = pair(s, r, "Input folder", report.corpus(), null);
        WeekFigures before = previousWeek(report);
        if (before != null) {
            Row h0 = s.createRow(r++);
            text(h0, 1, "This week", header);
            text(h0, 2, before.week(), header);
            text(h0, 3, "Change", header);
        }
        r = pair(s, r, "Articles read", report.figures().articles(), before == null ? null : before.articles());
        r = pair(s, r, "Articles counted", report.figures().counted(), before == null ? null : before.counted());
        r = pair(s, r, "Duplicates", (int) report.count(ArticleStatus.DUPLICATE), before == null ? null : before.duplicates());
        r = pair(s, r, "Rejected", (int) report.count(ArticleStatus.REJECTED), before == null ? null : before.rejected());
        r = pair(s, r, "Statements", report.statementCount(), before == null ? null : before.statements());
        r = pair(s, r, "Casualty claims", report.casualtyCount(), before == null ? null : before.casualties());
        r = pair(s, r, "Reactions", report.reactionCount(), before == null ? null : before.reactions());
        for (String table : cut.keySet()) {
            text(s.createRow(r++), 0, cutNote(table), null);
        }
        r++;
        Row h = s.createRow(r++);
        List<String> cols = List.of("Top actors", "Statements", "Direct", "Mixed", "Indirect", "Reactions",
                "Change vs previous week");
        for (int c = 0; c < cols.size(); c++) {
            text(h, c, cols.get(c), header);
        }
        int firstActorRow = r;
        List<ActorTally> top = report.actors().stream().filter(t -> t.statements() > 0).limit(10).toList();
        for (ActorTally t : top) {
            Row row = s.createRow(r++);
            text(row, 0, t.actor(), null);
            row.createCell(1).setCellValue(t.statements());
            row.createCell(2).setCellValue(t.direct());
            row.createCell(3).setCellValue(t.mixed());
            row.createCell(4).setCellValue(t.indirect());
            row.createCell(5).setCellValue(t.reactions());
            ActorTally earlier = report.previous().get(t.actor());
            if (!report.previous().isEmpty()) {
                row.createCell(6).setCellValue(t.statements() - (earlier == null ? 0 : earlier.statements()));
            } else {
                text(row, 6, report.scope().equals("all") ? "n/a (all dates)" : "no earlier week stored", null);
            }
        }
        r = tollsSection(s, r + 1, tolls);
        r = reactionsSection(s, r + 1, digest);
        s.setColumnWidth(0, 36 * 256);
        for (int c = 1; c < cols.size(); c++) {
            s.setColumnWidth(c, 13 * 256);
        }
        s.setColumnWidth(4, 60 * 256); // the tolls' "figures and claimants" read on one line
        s.setColumnWidth(6, 24 * 256);
        s.createDrawingPatriarch();
        if (!top.isEmpty()) {
            nativeActorChart(s, top, firstActorRow, 8, 1);
        }
        int anchorRow = 24;
        for (String png : List.of("statements-per-actor.png", "reactions-by-stance.png")) {
            Charts.Chart chart = charts.get(png);
            if (chart != null) {
                picture(s, chart, 8, anchorRow);
                anchorRow += 27;
            }
        }
    }

    /**
     * The main bar chart as a native Excel chart, drawn from the Summary's top-actors cells, so an
     * analyst can restyle it. The series fill is set explicitly: without it LibreOffice draws empty bars.
     */
    private void nativeActorChart(SXSSFSheet s, List<ActorTally> top, int firstRow, int col, int row) {
        XSSFDrawing drawing = s.getDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + 12, row + 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Statements per actor (top " + top.size() + ")");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis actors = chart.createCategoryAxis(AxisPosition.LEFT);
        actors.setTitle("Actor");
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
        counts.setTitle("Statements");
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        int lastRow = firstRow + top.size() - 1;
        String[] names = top.stream().map(ActorTally::actor).toArray(String[]::new);
        Integer[] values = top.stream().map(ActorTally::statements).toArray(Integer[]::new);
        String sheet = "'" + s.getSheetName() + "'!";
        var categories = XDDFDataSourcesFactory.fromArray(names, sheet + "$A$" + (firstRow + 1) + ":$A$" + (lastRow + 1));
        var numbers = XDDFDataSourcesFactory.fromArray(values, sheet + "$B$" + (firstRow + 1) + ":$B$" + (lastRow + 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, actors, counts);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, numbers);
        series.setTitle("Statements", null);
        XDDFShapeProperties shape = series.getShapeProperties() == null ? new XDDFShapeProperties() : series.getShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }

    /** The week's casualty tolls, disputed ones first, with each figure and who claims it. */
    private int tollsSection(Sheet s, int r, Tables.Table tolls) {
        text(s.createRow(r++), 0, "Casualty claims (same toll grouped; disputed first)", heading);
        Row h = s.createRow(r++);
        List<String> cols = List.of("Outcome / victims / place", "Lowest", "Highest", "Disputed", "Figures and claimants");
        for (int c = 0; c < cols.size(); c++) {
            text(h, c, cols.get(c), header);
        }
        int shown = 0;
        for (List<Object> t : tolls.rows()) {
            if (shown++ == 10) {
                break;
            }
            Row row = s.createRow(r++);
            String place = t.get(3).toString().isEmpty() ? "" : " in " + t.get(3);
            String rate = t.get(4).toString().isEmpty() ? "" : " per " + t.get(4);
            text(row, 0, t.get(1) + " / " + t.get(2) + place + rate, null);
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
    private int reactionsSection(Sheet s, int r, Digest digest) {
        text(s.createRow(r++), 0, "Reactions by source and stance", heading);
        Row h = s.createRow(r++);
        text(h, 0, "Source", header);
        for (Stance st : Stance.values()) {
            text(h, 1 + st.ordinal(), st.label(), header);
        }
        List<Map.Entry<String, int[]>> sorted = new ArrayList<>(digest.reactionsBySource().entrySet());
        sorted.sort((x, y) -> Integer.compare(Arrays.stream(y.getValue()).sum(), Arrays.stream(x.getValue()).sum()));
        for (var e : sorted.stream().limit(15).toList()) {
            Row row = s.createRow(r++);
            text(row, 0, e.getKey(), null);
            for (Stance st : Stance.values()) {
                row.createCell(1 + st.ordinal()).setCellValue(e.getValue()[st.ordinal()]);
            }
        }
        return r;
    }

    /** A label and its value, with last week's value and the change when the store has last week. */
    private int pair(Sheet s, int r, String label, Object value, Integer previous) {
        Row row = s.createRow(r);
        text(row, 0, label, header);
        if (value instanceof Number n) {
            row.createCell(1).setCellValue(n.doubleValue());
            if (previous != null) {
                row.createCell(2).setCellValue(previous);
                row.createCell(3).setCellValue(n.intValue() - previous);
            }
        } else {
            text(row, 1, String.valueOf(value), null);
        }
        return r + 1;
    }

    /** The stored figures of the week before this one, when this is a week's report and that week ran. */
    private static WeekFigures previousWeek(WeeklyReport report) {
        if (report.scope().equals(com.presstally.domain.ReportScope.ALL_LABEL) || report.trend().size() < 2) {
            return null;
        }
        String expected = com.presstally.domain.IsoWeek.parse(report.scope()).previous().toString();
        WeekFigures candidate = report.trend().get(report.trend().size() - 2);
        return candidate.week().equals(expected) ? candidate : null;
    }

    /** Writes a whole table into its sheet. */
    public void table(Tables.Table table) throws IOException {
        try (RowSink sheet = table(table.name(), table.header())) {
            for (List<Object> row : table.rows()) {
                sheet.row(row);
            }
        }
    }

    /**
     * The table's sheet, header written, taking rows until closed; closing makes the rows a native
     * Excel table. Rows past Excel's limit are counted, not written, and a note says where they are.
     */
    public RowSink table(String table, List<String> columnNames) {
        SXSSFSheet s = sheets.get(table);
        if (s == null) {
            throw new IllegalArgumentException("no sheet was made for table " + table);
        }
        int columns = columnNames.size();
        columnsOf.put(table, columns);
        for (int c = 0; c < columns; c++) {
            String column = columnNames.get(c);
            int width = WIDE.contains(column) ? 70 : column.equals("url") ? 40
                    : Math.max(12, Math.min(32, column.length() + 4));
            if (column.equals("article_id") || column.equals("actor") || column.equals("speaker")) {
                width = 28;
            }
            s.setColumnWidth(c, width * 256);
        }
        Row h = s.createRow(0);
        for (int c = 0; c < columns; c++) {
            text(h, c, columnNames.get(c), header);
        }
        return new RowSink() {
            private int next = 1;
            private long dropped;

            @Override
            public void row(List<Object> values) {
                if (next > maxDataRows) {
                    dropped++;
                    return;
                }
                Row row = s.createRow(next++);
                for (int c = 0; c < values.size(); c++) {
                    cell(row, c, values.get(c), columnNames.get(c));
                }
            }

            @Override
            public void close() {
                int lastDataRow = Math.max(1, next - 1);
                s.createFreezePane(0, 1);
                nativeTable(s, columnNames, sheetName(table), lastDataRow);
                if (dropped > 0) {
                    cut.put(table, new long[] {next - 1, next - 1 + dropped});
                    text(s.createRow(lastDataRow + 1), 0, cutNote(table), header);
                }
            }
        };
    }

    /** A native Excel table over header and rows: sorting, filters and banded rows in Excel and LibreOffice. */
    private void nativeTable(SXSSFSheet s, List<String> header, String name, int lastRow) {
        XSSFTable t = wb.getXSSFWorkbook().getSheet(s.getSheetName()).createTable(new AreaReference(
                new CellReference(0, 0), new CellReference(lastRow, header.size() - 1), SpreadsheetVersion.EXCEL2007));
        t.setName(name);
        t.setDisplayName(name);
        var columns = t.getCTTable().getTableColumns().getTableColumnList();
        for (int c = 0; c < columns.size(); c++) {
            columns.get(c).setName(header.get(c));
        }
        var style = t.getCTTable().isSetTableStyleInfo() ? t.getCTTable().getTableStyleInfo() : t.getCTTable().addNewTableStyleInfo();
        style.setName("TableStyleMedium2");
        style.setShowRowStripes(true);
        if (!t.getCTTable().isSetAutoFilter()) {
            t.getCTTable().addNewAutoFilter().setRef(t.getArea().formatAsString());
        }
    }

    private void cell(Row row, int c, Object v, String column) {
        if (v instanceof Number n) {
            Cell cell = row.createCell(c);
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(plain);
        } else if (v instanceof LocalDate d) {
            Cell cell = row.createCell(c);
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (column.equals("url") && (v.toString().startsWith("http://") || v.toString().startsWith("https://"))) {
            Cell cell = text(row, c, v.toString(), link);
            Hyperlink hyperlink = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
            hyperlink.setAddress(v.toString());
            cell.setHyperlink(hyperlink);
        } else {
            text(row, c, v.toString(), WIDE.contains(column) ? wrap : null);
        }
    }

    private void picture(SXSSFSheet s, Charts.Chart chart, int col, int row) throws IOException {
        int picture = wb.addPicture(Files.readAllBytes(chart.file()), Workbook.PICTURE_TYPE_PNG);
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(col);
        anchor.setRow1(row);
        anchor.setCol2(col + 12);
        anchor.setRow2(row + 26);
        s.createDrawingPatriarch().createPicture(anchor, picture);
    }

    /**
     * Article text goes in as a string cell: a leading = + - @ stays text, never a formula. Excel
     * holds at most 32,767 characters in a cell; longer text is cut with a note (the CSV has it whole).
     */
    private Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.length() <= MAX_CELL_TEXT ? value
                : value.substring(0, MAX_CELL_TEXT - TRUNCATED.length()) + TRUNCATED);
        cell.setCellStyle(style != null ? style : plain);
        return cell;
    }
}
