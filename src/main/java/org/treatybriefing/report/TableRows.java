package org.treatybriefing.report;

import java.util.List;
import java.util.function.Consumer;

/** Streams the rows of a table, in order, without holding them all (they come from the database). */
@FunctionalInterface
public interface TableRows {

    void forEach(BriefingTable table, Consumer<List<Object>> row);
}
