package org.treatybriefing.changes;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompareWithPreviousTest {

    @TempDir
    Path reports;

    @Test
    void aBriefingChosenWhenTheRunStartedAndGoneSinceFailsTheStepRatherThanCompareWithAnother() {
        Path gone = reports.resolve("2026-12-01T020000_inbox");

        // no staging is touched before the check
        assertThatThrownBy(() -> new CompareWithPrevious(null).stage("2026-12-02T020000_inbox", gone))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chosen when it started, is gone")
                .hasMessageContaining(gone.toString())
                .hasMessageContaining("--restart");
    }
}
