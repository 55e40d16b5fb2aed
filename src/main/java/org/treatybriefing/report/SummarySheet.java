package org.treatybriefing.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.treatybriefing.merge.Summary;

/**
 * The first sheet a briefer reads: what changed since the previous briefing, the run, the treaty
 * card, the parties and who speaks for them, the most corroborated statements, the speakers, and a
 * bar chart of the areas.
 * Built with XSSF (charts need it) before the big sheets stream.
 */
final class SummarySheet {

    private final XSSFSheet sheet;
    private final WorkbookStyles styles;
    private int row;

    private SummarySheet(XSSFSheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** @param since the block that opens the sheet; null leaves it out */
    static void write(XSSFWorkbook wb, WorkbookStyles styles, RunInfo run, Summary summary, SinceLastBriefing since) {
        SummarySheet s = new SummarySheet(wb.createSheet("Summary"), styles);
        s.fill(run, summary, since);
    }

    private void fill(RunInfo run, Summary summary, SinceLastBriefing since) {
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        sheet.setColumnWidth(3, 40 * 256);
        cell(row++, 0, "Treaty briefing", styles.title);
        row++;
        if (since != null) {
            since(since);
            row++;
        }
        pair("Run", run.runName());
        pair("Started", run.startedAt());
        pair("Seed folder", run.seedFolder().toString());
        pair("Output folder", run.outputFolder().toString());
        pair("Articles read", summary.articlesRead());
        pair("Articles rejected", summary.articlesRejected());

        List<Summary.TreatyCard> cards = summary.treaties();
        heading(cards.size() > 1 ? "Agreements (" + cards.size() + ", the one most articles are about first)" : "Treaty");
        if (cards.isEmpty()) {
            pair("Name", "no treaty named in these articles");
        }
        for (Summary.TreatyCard t : cards) {
            pair("Name", t.name());
            pair("Also called", String.join("; ", t.aliases()));
            pair("Signed at", t.signedAt());
            pair("Duration (years)", t.durationYears());
            pair("Number of articles", t.articlesTotal());
            pair("Parties", String.join("; ", t.parties()));
            for (String d : t.disagreements()) {
                pair("Articles disagree on", d);
            }
            row++;
        }

        heading("Parties and their representatives");
        header("Party", "Representatives", "Articles", cards.size() > 1 ? "Role (agreement)" : "Role");
        for (Summary.PartyLine p : summary.parties().stream().limit(15).toList()) {
            String role = cards.size() > 1 && !p.treaty().isEmpty() ? p.role() + " (" + p.treaty() + ")" : p.role();
            line(p.name(), String.join("; ", p.representatives()), p.articles(), role);
        }

        heading("Most corroborated statements");
        header("Speaker", "Statement", "Articles", "Sources");
        for (Summary.Statement st : summary.topStatements()) {
            line(st.speaker(), st.text(), st.articles(), String.join("; ", st.sourceIds()));
        }

        heading("Speakers by number of quotes");
        header("Speaker", "", "Quotes", "");
        for (Summary.Count c : summary.speakers()) {
            line(c.label(), "", c.count(), "");
        }

        heading("Areas by number of articles");
        header("Area", "", "Articles", "");
        int first = row;
        for (Summary.Count c : summary.areas()) {
            line(c.label(), "", c.count(), "");
        }
        if (!summary.areas().isEmpty()) {
            chart(first, row - 1);
        }
        PrintLayout.page(sheet);
    }

    /** What is new since the previous briefing: the counts, then the new statements (the rows are the Changes sheet). */
    private void since(SinceLastBriefing since) {
        if (!since.hasPrevious()) {
            cell(row++, 0, "Since the last briefing", styles.title);
            pair("Nothing to compare with", "this is the first briefing in its reports folder");
            return;
        }
        cell(row++, 0, "Since " + since.previousRun(), styles.title);
        pair("Compared with", since.previousFolder());
        if (since.counts().isEmpty()) {
            pair("Nothing changed", "the same rows as the previous briefing");
        }
        for (SinceLastBriefing.Count c : since.counts()) {
            pair(c.what(), c.text());
        }
        if (!since.newStatements().isEmpty()) {
            row++;
            cell(row++, 0, "New statements (most corroborated first)", styles.header);
            header("Speaker", "Statement", "Articles", "Sources");
            for (SinceLastBriefing.Statement st : since.newStatements()) {
                line(st.speaker(), st.text(), st.articles(), String.join("; ", st.sourceIds()));
            }
        }
        pair("All changes", "the Changes sheet (changes.csv)");
    }

    /** Below the areas table, as wide as the first two columns: it prints on the page it belongs to. */
    private void chart(int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = lastRow + 2;
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 3, top + Math.max(14, lastRow - firstRow + 6));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Areas of cooperation by number of articles");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis areas = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 2, 2));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, areas, counts);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(labels, values);
        series.setTitle("Articles", null);
        // LibreOffice draws a series without an explicit fill as invisible
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }

    private void heading(String text) {
        row++;
        cell(row++, 0, text, styles.title);
    }

    private void header(String... labels) {
        XSSFRow r = sheet.createRow(row++);
        for (int i = 0; i < labels.length; i++) {
            XSSFCell c = r.createCell(i);
            c.setCellValue(labels[i]);
            c.setCellStyle(styles.header);
        }
    }

    private void line(String a, String b, int count, String d) {
        XSSFRow r = sheet.createRow(row++);
        text(r, 0, a, styles.text);
        text(r, 1, b, styles.wrapped);
        XSSFCell c = r.createCell(2);
        c.setCellValue(count);
        c.setCellStyle(styles.number);
        text(r, 3, d, styles.wrapped);
        fitHeight(r, lines(b, 60), lines(d, 40));
    }

    /** Spreadsheet programs do not grow a row for wrapped text on their own: set its height. */
    private static void fitHeight(XSSFRow r, int... lines) {
        int most = 1;
        for (int l : lines) {
            most = Math.max(most, l);
        }
        if (most > 1) {
            r.setHeightInPoints(most * 13f);
        }
    }

    private static int lines(String text, int width) {
        return text == null || text.isEmpty() ? 1 : (text.length() + width - 1) / width;
    }

    private void pair(String label, Object value) {
        XSSFRow r = sheet.createRow(row++);
        text(r, 0, label, styles.label);
        XSSFCell c = r.createCell(1);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
            c.setCellStyle(styles.number);
        } else {
            c.setCellValue(value == null ? "" : SpreadsheetSafety.fitCell(value.toString()));
            c.setCellStyle(styles.wrapped);
            fitHeight(r, lines(value == null ? "" : value.toString(), 60));
        }
    }

    private void cell(int r, int col, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        XSSFRow xr = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        text(xr, col, value, style);
    }

    private static void text(XSSFRow r, int col, String value, org.apache.poi.ss.usermodel.CellStyle style) {
        XSSFCell c = r.createCell(col);
        c.setCellValue(SpreadsheetSafety.fitCell(value == null ? "" : value));
        c.setCellStyle(style);
    }

    /** Tables too long for one sheet, said at the end of the Summary so a reader looks further. */
    static void noteContinuedTables(XSSFWorkbook wb, WorkbookStyles styles, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        Sheet summary = wb.getSheet("Summary");
        int r = summary.getLastRowNum() + 2;
        Cell title = summary.createRow(r++).createCell(0);
        title.setCellValue("Tables continued on more sheets");
        title.setCellStyle(styles.header);
        for (String note : notes) {
            Cell c = summary.createRow(r++).createCell(0);
            c.setCellValue(note);
            c.setCellStyle(styles.text);
        }
    }
}
