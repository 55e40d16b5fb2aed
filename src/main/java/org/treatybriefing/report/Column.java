package org.treatybriefing.report;

/**
 * A column of a briefing table: its header, how its cells are typed, and whether it is a
 * technical column (ids, offsets, hashes, rule names) that a printed briefing leaves out.
 */
public record Column(String name, Kind kind, boolean technical) {

    public enum Kind {
        /** Short text. */
        TEXT,
        /** Long text, wrapped in the workbook (quotes, commitments). */
        LONG_TEXT,
        /** A whole number, stored as a number. */
        NUMBER,
        /** A decimal number, stored as a number. */
        DECIMAL,
        /** A source id, linked to its row in the Sources sheet. */
        SOURCE
    }

    public static Column text(String name) {
        return new Column(name, Kind.TEXT, false);
    }

    public static Column longText(String name) {
        return new Column(name, Kind.LONG_TEXT, false);
    }

    public static Column number(String name) {
        return new Column(name, Kind.NUMBER, false);
    }

    public static Column decimal(String name) {
        return new Column(name, Kind.DECIMAL, false);
    }

    public static Column source(String name) {
        return new Column(name, Kind.SOURCE, false);
    }

    /** The same column, kept off the printed page: a reader checks it on screen or in the CSV. */
    public Column asTechnical() {
        return new Column(name, kind, true);
    }

    public boolean numeric() {
        return kind == Kind.NUMBER || kind == Kind.DECIMAL;
    }
}
