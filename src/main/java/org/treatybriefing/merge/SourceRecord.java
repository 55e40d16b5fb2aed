package org.treatybriefing.merge;

/**
 * A file of the run as the Sources and Rejected tables show it.
 *
 * @param format {@code txt}, {@code html}, {@code pdf} or {@code docx}; null for a rejected file
 * @param outlet the outlet the file declares (a web page's site name); null where it declares none
 */
public record SourceRecord(String sourceId, String file, String sha256, String title, int words, String status,
                           String encoding, String reason, String format, String outlet) {

    public boolean rejected() {
        return "rejected".equals(status);
    }
}
