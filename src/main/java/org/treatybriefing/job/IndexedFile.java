package org.treatybriefing.job;

import java.nio.file.Path;

/** A file of the seed folder and its position in the sorted listing. */
record IndexedFile(int ordinal, Path path) {
}
