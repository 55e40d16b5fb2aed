package org.treatybriefing.job;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's folder name comes from the seed folder's name and never leads outside the reports folder. */
class RunParametersTest {

    private static final LocalDateTime NIGHT = LocalDateTime.of(2026, 11, 22, 2, 0);

    @Test
    void theRunNameHoldsTheTimeAndTheFolderName() {
        RunParameters run = RunParameters.startingNow(Path.of("/data/inbox/today"), Path.of("/data/reports"), NIGHT);

        assertThat(run.runName()).isEqualTo("2026-11-22T020000_today");
        assertThat(run.outputFolder()).isEqualTo(Path.of("/data/reports/2026-11-22T020000_today"));
    }

    @Test
    void aFolderNameCannotBuildAPathOutsideTheReports() {
        for (String hostile : new String[]{"..", "...", "a/../../etc", "semi;colon and space", ".hidden"}) {
            RunParameters run = RunParameters.startingNow(Path.of("/data").resolve(hostile), Path.of("/data/reports"), NIGHT);
            Path out = run.outputFolder().normalize();

            assertThat(out.getParent()).as(hostile).isEqualTo(Path.of("/data/reports"));
            assertThat(out.getFileName().toString()).as(hostile).matches("[A-Za-z0-9._-]+").doesNotStartWith(".");
        }
    }

    @Test
    void aSecondRunInTheSameSecondGetsANumber() {
        RunParameters run = RunParameters.startingNow(Path.of("/data/today"), Path.of("/r"), NIGHT);

        assertThat(run.numbered(2).runName()).isEqualTo("2026-11-22T020000_today-2");
        assertThat(run.numbered(2).numbered(3).runName()).isEqualTo("2026-11-22T020000_today-3");
    }
}
