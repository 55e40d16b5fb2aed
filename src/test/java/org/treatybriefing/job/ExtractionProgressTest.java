package org.treatybriefing.job;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.treatybriefing.store.ArticleToExtract;
import org.treatybriefing.store.StagingStore;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line of the extraction, and when the console gets it. */
class ExtractionProgressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4200  | 10000  | 15    | extracting: 4,200 of 10,000 articles (42%), 280 a second, about 21 s left
            30000 | 100000 | 100   | extracting: 30,000 of 100,000 articles (30%), 300 a second, about 3 min 53 s left
            1000  | 100000 | 10    | extracting: 1,000 of 100,000 articles (1%), 100 a second, about 16 min 30 s left
            100   | 500000 | 1     | extracting: 100 of 500,000 articles (0%), 100 a second, about 1 h 23 min left
            500   | 500    | 2     | extracting: 500 of 500 articles (100%), 250 a second
            """)
    void theLineSaysHowManyOfHowManyAtWhatRateAndHowLongIsLeft(int done, int total, double seconds, String line) {
        assertThat(ExtractionProgress.line(done, total, seconds)).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource({"99, false", "100, true", "5000, true"})
    void onlyALongRunShowsProgressAndTheLineIsClearedWhenTheStepEnds(int articles, boolean shown) {
        StringWriter console = new StringWriter();
        ExtractionProgress progress = new ExtractionProgress(storeOf(articles), new PrintWriter(console));
        StepExecution step = MetaDataInstanceFactory.createStepExecution(
                new JobParametersBuilder().addString(RunParameters.RUN, "2026-12-02T020000_inbox").toJobParameters());

        progress.beforeStep(step);
        for (int i = 0; i < articles; i++) {
            progress.afterProcess(new ArticleToExtract(i, "a" + i + ".txt", "sha", "text"), null);
        }
        progress.afterStep(step);

        if (shown) {
            assertThat(console.toString()).startsWith("\rextracting: 1 of ").endsWith(" ".repeat(100) + "\r");
        } else {
            assertThat(console.toString()).isEmpty();
        }
    }

    private static StagingStore storeOf(int articles) {
        return new StagingStore(null, null) {
            @Override
            public int articleCount(String run) {
                return articles;
            }
        };
    }
}
