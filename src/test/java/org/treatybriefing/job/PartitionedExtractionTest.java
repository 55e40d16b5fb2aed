package org.treatybriefing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extraction step is partitioned by article, each partition a step of its own that a local
 * thread (or, with Spring Batch Integration, a remote worker) runs: every article is extracted
 * by exactly one partition.
 */
@SpringBatchTest
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "briefing.extraction-threads=3",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/partitions-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/partitions.lock"})
class PartitionedExtractionTest {

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @Autowired
    private org.springframework.context.ApplicationContext context;

    @Test
    void eachArticleIsExtractedByExactlyOnePartition() throws Exception {
        RunParameters run = RunParameters.startingNow(Path.of("seeds"), Files.createTempDirectory("partitions"), LocalDateTime.now());
        JobExecution execution = jobOperatorTestUtils.startJob(run.toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<StepExecution> partitions = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("extractPartition:")).toList();
        assertThat(partitions).extracting(StepExecution::getStepName).containsExactlyInAnyOrder(
                "extractPartition:partition0", "extractPartition:partition1", "extractPartition:partition2");
        assertThat(partitions).allSatisfy(p -> assertThat(p.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        assertThat(partitions.stream().mapToLong(StepExecution::getReadCount).sum()).isEqualTo(5);
        StepExecution manager = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals("extractArticles")).findFirst().orElseThrow();
        assertThat(manager.getReadCount()).isEqualTo(5);
        assertThat(context.getBeanNamesForType(jakarta.jms.ConnectionFactory.class))
                .as("no broker connection with local partitioning (MessagingOnlyWhenRemote)").isEmpty();
    }
}
