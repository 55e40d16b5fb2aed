package org.treatybriefing.job.remote;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.treatybriefing.job.ArticleShardPartitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The small parts of remote partitioning, each on its own, without a broker. */
class RemotePartsTest {

    private static final String JMS = "org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration";
    private static final String BATCH = "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration";

    @Test
    void messagingIsConfiguredOnlyForARemoteManagerOrAWorker() {
        assertThat(filter(environment())).containsExactly(false, true);
        assertThat(filter(environment("briefing.partitioning", "remote"))).containsExactly(true, true);
        assertThat(filter(commandLine("--worker"))).containsExactly(true, true);
        assertThat(filter(commandLine("--worker=false"))).containsExactly(false, true);
        assertThat(filter(environment("worker", "true"))).as("only the command line makes a worker").containsExactly(false, true);
    }

    @Test
    void theEmbeddedBrokerListensAtTheBrokerUrlsAddress() {
        assertThat(EmbeddedBrokerConfiguration.acceptorOf("tcp://localhost:61616?consumerWindowSize=0"))
                .isEqualTo("tcp://localhost:61616");
        assertThatThrownBy(() -> EmbeddedBrokerConfiguration.acceptorOf("(tcp://a:1,tcp://b:2)?ha=true"))
                .hasMessageContaining("one tcp://host:port");
    }

    @Test
    void aWorkerRefusesAPartitionOfAnotherExtractor() {
        StepExecution partition = partition(BatchStatus.STARTING);
        partition.getExecutionContext().putString(ArticleShardPartitioner.EXTRACTOR_KEY, "v7-manager");

        new ExtractorKeyCheck("v7-manager").beforeStep(partition);
        assertThatThrownBy(() -> new ExtractorKeyCheck("v7-older").beforeStep(partition))
                .hasMessageContaining("(v7-older) differs from the run's (v7-manager)");
    }

    @Test
    void aWorkerRunsOnlyRequestsForPartitionsNobodyStarted() {
        JobRepository repository = mock(JobRepository.class);
        when(repository.getStepExecution(1L)).thenReturn(partition(BatchStatus.STARTING));
        when(repository.getStepExecution(2L)).thenReturn(partition(BatchStatus.FAILED));
        StaleRequests filter = new StaleRequests(repository);

        assertThat(filter.accept(new StepExecutionRequest("extractPartition", 1L))).isTrue();
        assertThat(filter.accept(new StepExecutionRequest("extractPartition", 2L))).as("given up by its manager").isFalse();
        assertThat(filter.accept(new StepExecutionRequest("extractPartition", 3L))).as("of another database").isFalse();
    }

    private static StepExecution partition(BatchStatus status) {
        StepExecution p = new StepExecution(1L, "extractPartition:partition0",
                new JobExecution(1L, new JobInstance(1L, "briefingJob"), new JobParameters()));
        p.setStatus(status);
        return p;
    }

    private static boolean[] filter(StandardEnvironment environment) {
        MessagingOnlyWhenRemote filter = new MessagingOnlyWhenRemote();
        filter.setEnvironment(environment);
        return filter.match(new String[]{JMS, BATCH}, null);
    }

    private static StandardEnvironment environment(String... keyValues) {
        StandardEnvironment env = new StandardEnvironment();
        if (keyValues.length > 0) {
            env.getPropertySources().addFirst(new MapPropertySource("test", Map.of(keyValues[0], keyValues[1])));
        }
        return env;
    }

    private static StandardEnvironment commandLine(String... args) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return env;
    }
}
