package org.treatybriefing.job;

import java.io.IOException;
import java.util.Optional;

import org.springframework.core.NestedExceptionUtils;

/**
 * The one line an operator needs from a failure's chain of causes. A full disk surfaces from H2
 * as "The database has been closed" five causes above the "No space left on device" that says
 * what to do, so an input/output error anywhere in the chain wins over the outer messages.
 * <p>
 * Example: {@code SQLException("The database has been closed") <- MVStoreException("Writing ... failed")
 * <- IOException("No space left on device")} gives "No space left on device".
 */
final class FailureReason {

    private FailureReason() {
    }

    static String of(Throwable failure) {
        return inputOutputCause(failure).orElseGet(() -> mostSpecific(failure));
    }

    /** The message of an input/output error in the chain of causes, if there is one. */
    static Optional<String> inputOutputCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }

    private static String mostSpecific(Throwable failure) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
