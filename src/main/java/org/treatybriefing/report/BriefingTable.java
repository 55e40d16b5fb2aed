package org.treatybriefing.report;

import java.util.List;

import static org.treatybriefing.report.Column.longText;
import static org.treatybriefing.report.Column.number;
import static org.treatybriefing.report.Column.decimal;
import static org.treatybriefing.report.Column.source;
import static org.treatybriefing.report.Column.text;

/**
 * The tables of a briefing (SCHEMA.md), each defined once: its CSV file, its sheet and its
 * columns in order (the required ones, then the ones this project adds). Both writers and the
 * tests read these definitions.
 */
public enum BriefingTable {
    SOURCES("sources", "Sources", List.of(source("source_id"), text("file").asTechnical(), text("sha256").asTechnical(),
            longText("title"), number("words"), text("status"), text("outlet"), text("encoding").asTechnical(),
            text("format").asTechnical())),
    TREATY("treaty", "Treaty", List.of(text("name"), text("aliases"), text("signed_at"), number("duration_years"),
            number("articles_total"), text("parties"), source("source_ids"), number("article_count"),
            longText("disagreements"))),
    PARTIES("parties", "Parties", List.of(text("name"), text("role"), text("aliases"), text("representatives"),
            number("mentions"), source("source_ids"), text("treaty"), number("article_count"), text("party_id").asTechnical())),
    SECTIONS("sections", "Sections", List.of(text("kind"), text("label"), longText("detail"), source("source_ids"),
            text("treaty"), number("article_count"), text("section_id").asTechnical())),
    COMMITMENTS("commitments", "Commitments", List.of(source("source_id"), text("parties"), text("modality"),
            text("polarity"), text("area"), longText("text"), text("treaty"), text("similar_in_source_ids"),
            text("commitment_id").asTechnical())),
    QUOTES("quotes", "Quotes", List.of(text("quote_id").asTechnical(), source("source_id"), text("speaker"),
            text("speaker_title"), text("speaker_type"), text("kind"), longText("text"),
            number("char_start").asTechnical(), number("char_end").asTechnical(), text("cluster_id"),
            source("corroborating_source_ids"), decimal("confidence").asTechnical(), text("rule").asTechnical())),
    SPEAKERS("speakers", "Speakers", List.of(text("name"), text("aliases"), text("title"), text("affiliation"),
            text("type"), number("quotes"), source("source_ids"), number("article_count"))),
    ANALYSTS("analysts", "Analysts", List.of(text("name"), text("title"), text("organization"), source("source_ids"),
            number("article_count"))),
    /** What differs from the previous briefing of the reports folder (org.treatybriefing.changes). */
    CHANGES("changes", "Changes", List.of(text("change"), text("table"), longText("key"), longText("before"),
            longText("after"), source("source_ids"))),
    REJECTED("rejected", "Rejected", List.of(text("file"), longText("reason")));

    private final String fileName;
    private final String sheetName;
    private final List<Column> columns;

    BriefingTable(String fileName, String sheetName, List<Column> columns) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.columns = columns;
    }

    /** CSV file base name, e.g. {@code quotes} for quotes.csv. */
    public String fileName() {
        return fileName;
    }

    public String sheetName() {
        return sheetName;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }
}
