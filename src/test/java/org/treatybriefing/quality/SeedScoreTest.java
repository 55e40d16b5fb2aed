package org.treatybriefing.quality;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.nio.file.Files;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.treatybriefing.job.RunParameters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the extraction to the floors of the extraction issue on the seeds, scored against the
 * gold (a copy in src/test/resources/gold) exactly as ../shared/tools/score.py scores a run.
 */
@SpringBatchTest
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/score-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/score.lock"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedScoreTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    private GoldScorer score;

    @BeforeAll
    void runTheJobOnTheSeeds() throws Exception {
        Path reports = Files.createTempDirectory("seed-score");
        RunParameters run = RunParameters.startingNow(Path.of("seeds"), reports, LocalDateTime.now());
        assertThat(jobOperatorTestUtils.startJob(run.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        score = GoldScorer.score(GOLD, run.outputFolder());
        score.misses.forEach(m -> System.out.println("  " + m));
    }

    @Test
    void quotesFoundWithTheRightSpeaker() {
        assertThat(score.figures("quotes+speaker").f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void signatoryParties() {
        assertThat(score.figures("parties").f1()).isEqualTo(1.0);
    }

    @Test
    void areas() {
        assertThat(score.figures("areas").f1()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void numberedArticles() {
        assertThat(score.figures("articles").f1()).isEqualTo(1.0);
    }

    @Test
    void commitments() {
        assertThat(score.figures("commitments").f1()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void analysts() {
        assertThat(score.figures("analysts").f1()).isEqualTo(1.0);
    }
}
