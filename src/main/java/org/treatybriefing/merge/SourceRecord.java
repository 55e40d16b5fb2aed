package org.treatybriefing.merge;

/**
 * A file of the run as the Sources and Rejected tables show it.
 *
 * @param format {@code txt}, {@code html}, {@code pdf} or {@code docx}; null for a rejected file
 */
public record SourceRecord(String sourceId, String file, String sha256, String title, int words, String status,
                           String encoding, String reason, String format) {

    public boolean rejected() {
        return "rejected".equals(status);
    }
}
