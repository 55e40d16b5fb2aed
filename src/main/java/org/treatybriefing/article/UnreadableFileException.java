package org.treatybriefing.article;

/** A file that cannot be read as an article; the message is the reason the Rejected table shows. */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String reason) {
        super(reason);
    }

    /** The reason, with the library's own words on the cause ("corrupt PDF: Header doesn't contain versioninfo"). */
    static UnreadableFileException because(String reason, Throwable cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        int newline = detail.indexOf('\n');
        return new UnreadableFileException(reason + ": " + (newline < 0 ? detail : detail.substring(0, newline)));
    }
}
