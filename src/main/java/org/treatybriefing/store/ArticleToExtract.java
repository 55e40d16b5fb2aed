package org.treatybriefing.job;

/** An article row read back from staging for the extraction step. */
record ArticleToExtract(int ordinal, String sourceId, String sha256, String text) {
}
