package org.treatybriefing.report;

/** How a cell value reads as text: whole numbers without ".0", nothing for null. */
public final class CellText {

    private CellText() {
    }

    public static String of(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        return v.toString();
    }
}
