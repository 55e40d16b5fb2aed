package org.treatybriefing.merge;

/** A file of the run as the Sources and Rejected tables show it. */
public record SourceRecord(String sourceId, String file, String sha256, String title, int words, String status,
                           String encoding, String reason) {

    public boolean rejected() {
        return "rejected".equals(status);
    }
}
