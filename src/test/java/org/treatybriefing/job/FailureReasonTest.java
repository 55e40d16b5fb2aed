package org.treatybriefing.job;

import java.io.IOException;
import java.sql.SQLException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class FailureReasonTest {

    static Stream<Arguments> chains() {
        return Stream.of(
                Arguments.of(new IllegalStateException("JDBC rollback", new SQLException("The database has been closed",
                        new RuntimeException("Writing failed", new IOException("No space left on device")))),
                        "No space left on device"),
                Arguments.of(new IllegalStateException("outer", new SQLException("Table \"X\" not found")),
                        "Table \"X\" not found"),
                Arguments.of(new IllegalStateException("outer", new NullPointerException()), "NullPointerException"),
                Arguments.of(new IOException("Permission denied"), "Permission denied"));
    }

    @ParameterizedTest
    @MethodSource("chains")
    void theCauseThatSaysWhatToDoIsTheReason(Throwable failure, String reason) {
        assertThat(FailureReason.of(failure)).isEqualTo(reason);
    }
}
