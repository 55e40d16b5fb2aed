package org.treatybriefing.article;

/** The seed folder is missing, empty or unreadable: a user error, reported in one line. */
public class SeedFolderException extends RuntimeException {
    public SeedFolderException(String message) {
        super(message);
    }
}
