package org.treatybriefing.job;

/** A run that cannot start for a reason the user can fix: reported in one line, no stack trace. */
public class RunRefusedException extends RuntimeException {
    public RunRefusedException(String message) {
        super(message);
    }
}
