package org.treatybriefing.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
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

/**
 * The first sheet a briefer reads: what changed since the previous briefing, the run, the treaty
 * card, the parties and who speaks for them, the most corroborated statements, the speakers, and a
 * bar chart of the areas.
 * Built with XSSF (charts need it) before the big sheets stream.
 */
final class SummarySheet {

    /** The columns: a label or name, its number (right-aligned, nothing else in it), a text, a detail. */
    static final int LABEL = 0;
    static final int NUMBER = 1;
    static final int TEXT = 2;
    static final int DETAIL = 3;
    private static final int PARTIES = 8;
    /** Longest headline shown for a source: a line of the detail column (the Sources sheet has it whole). */
    private static final int HEADLINE = 50;
    private static final int MIN_CHART_ROWS = 14;

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
        sheet.setColumnWidth(LABEL, 26 * 256);
        sheet.setColumnWidth(NUMBER, 9 * 256);
        sheet.setColumnWidth(TEXT, 60 * 256);
        sheet.setColumnWidth(DETAIL, 46 * 256);
        cell(row++, LABEL, "Treaty briefing", styles.title);
        row++;
        if (since != null) {
            since(since);
            row++;
        }
        pair("Run", run.runName());
        pair("Started", run.startedAt());
        pair("Seed folder", run.seedFolder().toString());
        pair("Output folder", run.outputFolder().toString());
        count("Articles read", summary.articlesRead(), "news articles read (Sources sheet): what \"Articles\" counts below");
        count("Articles rejected", summary.articlesRejected(), "files not read as an article (Rejected sheet)");

        List<Summary.TreatyCard> cards = summary.treaties();
        heading(cards.size() > 1 ? "Agreements (" + cards.size() + ", the one most articles are about first)" : "Treaty");
        if (cards.isEmpty()) {
            pair("Name", "no treaty named in these articles");
        }
        for (Summary.TreatyCard t : cards) {
            // the main agreement shows every field, blanks too; a smaller one only what the articles say of it
            boolean full = t == cards.get(0);
            pair("Name", t.name());
            if (full || !t.aliases().isEmpty()) {
                pair("Also called", String.join("; ", t.aliases()));
            }
            if (full || t.signedAt() != null && !t.signedAt().isBlank()) {
                pair("Signed at", t.signedAt());
            }
            if (full || t.durationYears() != null) {
                count("Duration (years)", t.durationYears(), "");
            }
            if (full || t.articlesTotal() != null) {
                count("Articles in the treaty", t.articlesTotal(), "numbered articles of the treaty's own text, not news articles");
            }
            pair("Parties", String.join("; ", t.parties()));
            for (String d : t.disagreements()) {
                pair("Articles disagree on", d);
            }
            row++;
        }

        heading("Parties and their representatives");
        header("Party", "Articles", "Representatives (the most quoted first)",
                cards.size() > 1 ? "Role (agreement)" : "Role");
        for (Summary.PartyLine p : summary.parties().stream().limit(PARTIES).toList()) {
            String role = cards.size() > 1 && !p.treaty().isEmpty() ? p.role() + " (" + p.treaty() + ")" : p.role();
            line(p.name(), p.articles(), String.join("; ", p.representatives()), role);
        }
        if (summary.parties().size() > PARTIES) {
            note("and " + (summary.parties().size() - PARTIES) + " more states in the Parties sheet");
        }

        heading("Most corroborated statements");
        note("Stories: the articles that carry it, versions of one story (the same headline, near-duplicate texts) "
                + "counted once");
        header("Speaker", "Stories", "Statement", "Sources (headline, outlet)");
        for (Summary.Statement st : summary.topStatements()) {
            line(st.speaker(), st.stories(), st.text(), headlines(st.headlines()));
        }
        if (summary.topStatements().isEmpty()) {
            note("No statement is carried by two stories.");
        }

        // a new page for the speakers and the areas beside their chart: no page break cuts the chart
        sheet.setRowBreak(row);
        heading("Speakers by number of quotes");
        header("Speaker", "Quotes", "Type", "Title and affiliation");
        for (Summary.SpeakerLine sp : summary.speakers()) {
            line(sp.name(), sp.quotes(), sp.type(), sp.affiliation());
        }

        heading("Areas by number of articles");
        header("Area", "Articles", "", "");
        int first = row;
        for (Summary.Count c : summary.areas()) {
            line(c.label(), c.count(), "", "");
        }
        if (!summary.areas().isEmpty()) {
            chart(first, row - 1);
        }
        PrintLayout.page(sheet);
    }

    /** A story's headline, shortened at a word to a line of the sources column. */
    static String headline(String title) {
        if (title.length() <= HEADLINE) {
            return title;
        }
        int cut = title.lastIndexOf(' ', HEADLINE - 1);
        return title.substring(0, cut > HEADLINE / 2 ? cut : HEADLINE - 1).strip() + "…";
    }

    /** One story a line: its headline, then its outlet where known ("Ports to open — Norland Times"). */
    static String headlines(List<Summary.Headline> stories) {
        return String.join("\n", stories.stream()
                .map(h -> h.outlet().isEmpty() ? headline(h.title()) : headline(h.title()) + " — " + h.outlet())
                .toList());
    }

    /** What changed since the previous briefing: the counts, then the new statements (the rows are the Changes sheet). */
    private void since(SinceLastBriefing since) {
        if (!since.hasPrevious()) {
            cell(row++, LABEL, "Since the last briefing", styles.title);
            pair("Nothing to compare with", "this is the first briefing in its reports folder");
            return;
        }
        cell(row++, LABEL, "Since " + since.previousRun(), styles.title);
        pair("Compared with", since.previousFolder());
        if (since.counts().isEmpty()) {
            pair("Nothing changed", "the same rows as the previous briefing");
        }
        for (SinceLastBriefing.Count c : since.counts()) {
            pair(c.what(), c.text());
        }
        if (!since.newStatements().isEmpty()) {
            row++;
            cell(row++, LABEL, "New statements (most corroborated first)", styles.header);
            header("Speaker", "Articles", "Statement", "Sources");
            for (SinceLastBriefing.Statement st : since.newStatements()) {
                line(st.speaker(), st.articles(), st.text(), String.join("; ", st.sourceIds()));
            }
        }
        pair("All changes", "the Changes sheet (changes.csv)");
    }

    /** Beside the areas table, over the text and detail columns: on the same page as its rows. */
    private void chart(int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = firstRow - 1;
        // a line per area at least (fewer, and the axis skips every other label)
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, TEXT, top, DETAIL + 1,
                Math.max(top + (lastRow - firstRow + 1) * 3 / 2 + 4, top + MIN_CHART_ROWS));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Areas of cooperation by number of articles");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis areas = chart.createCategoryAxis(AxisPosition.LEFT);
        // the areas top down in the table's order, the counts along the bottom
        areas.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
        counts.setCrosses(AxisCrosses.MAX);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, LABEL, LABEL));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, NUMBER, NUMBER));
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
        cell(row++, LABEL, text, styles.title);
    }

    private void note(String text) {
        XSSFRow r = sheet.createRow(row++);
        text(r, LABEL, text, styles.text);
    }

    private void header(String label, String number, String text, String detail) {
        XSSFRow r = sheet.createRow(row++);
        text(r, LABEL, label, styles.header);
        text(r, NUMBER, number, styles.numberHeader);
        text(r, TEXT, text, styles.header);
        text(r, DETAIL, detail, styles.header);
    }

    /** A row of a table: a name, its count in the number column, a text and a detail. */
    private void line(String label, int count, String text, String detail) {
        XSSFRow r = sheet.createRow(row++);
        text(r, LABEL, label, styles.wrapped);
        XSSFCell c = r.createCell(NUMBER);
        c.setCellValue(count);
        c.setCellStyle(styles.count);
        text(r, TEXT, text, styles.wrapped);
        text(r, DETAIL, detail, styles.wrapped);
        fitHeight(r, WrappedLines.of(label, 26), WrappedLines.of(text, 58), WrappedLines.of(detail, 46));
    }

    /** Spreadsheet programs do not grow a row for wrapped text on their own: set its height. */
    private static void fitHeight(XSSFRow r, int... lines) {
        int most = 1;
        for (int l : lines) {
            most = Math.max(most, l);
        }
        if (most > 1) {
            r.setHeightInPoints(most * WrappedLines.LINE_POINTS);
        }
    }

    /** A label and its text. */
    private void pair(String label, String value) {
        XSSFRow r = sheet.createRow(row++);
        text(r, LABEL, label, styles.label);
        text(r, TEXT, value == null ? "" : value, styles.wrapped);
        fitHeight(r, WrappedLines.of(value, 58));
    }

    /** A label, its number in the number column (empty when unknown), and what it counts. */
    private void count(String label, Integer value, String explained) {
        XSSFRow r = sheet.createRow(row++);
        text(r, LABEL, label, styles.label);
        if (value != null) {
            XSSFCell c = r.createCell(NUMBER);
            c.setCellValue(value);
            c.setCellStyle(styles.count);
        }
        text(r, TEXT, explained, styles.wrapped);
        fitHeight(r, WrappedLines.of(explained, 58));
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
