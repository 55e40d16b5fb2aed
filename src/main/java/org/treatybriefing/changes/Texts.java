package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small text helpers of the comparison: keys shown to the reader, lists of a cell, names
 * compared without case or extra spaces.
 * <pre>{@code
 * Texts.key("Norland", "", "role")          // "Norland | role"
 * Texts.list("b.txt; a.txt")               // [a.txt, b.txt]
 * Texts.same(" Ann  VALE")                 // "ann vale"
 * Texts.shown("'=1+1")                     // "=1+1": the CSV file's guard against formulas taken off
 * }</pre>
 */
final class Texts {

    /** How SCHEMA.md joins a list inside a cell. */
    static final String LIST = "; ";
    /** Between the parts of a key: a list separator would read as a list. */
    static final String PARTS = " | ";

    private Texts() {
    }

    /** The parts that identify a row, the empty ones left out. */
    static String key(String... parts) {
        List<String> shown = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                shown.add(p);
            }
        }
        return String.join(PARTS, shown);
    }

    /** The items of a list cell, sorted (a list's order says nothing across runs). */
    static Set<String> list(String cell) {
        Set<String> items = new TreeSet<>();
        for (String item : cell.split(LIST)) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    static String join(Collection<String> items) {
        return String.join(LIST, items);
    }

    /** A name or text as compared: case and runs of white space ignored. */
    static String same(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /**
     * A CSV cell as the table held it: the leading quote the CSV writer puts before a text that
     * starts like a formula is taken off (writing the Changes table puts it back).
     */
    static String shown(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'') {
            char c = cell.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return cell.substring(1);
            }
        }
        return cell;
    }
}
