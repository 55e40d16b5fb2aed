package org.treatybriefing.report;

/** A column of a briefing table: its header, how its cells are typed, and a width hint. */
public record Column(String name, Kind kind) {

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
        return new Column(name, Kind.TEXT);
    }

    public static Column longText(String name) {
        return new Column(name, Kind.LONG_TEXT);
    }

    public static Column number(String name) {
        return new Column(name, Kind.NUMBER);
    }

    public static Column decimal(String name) {
        return new Column(name, Kind.DECIMAL);
    }

    public static Column source(String name) {
        return new Column(name, Kind.SOURCE);
    }
}
