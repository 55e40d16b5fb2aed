package org.treatybriefing.job.remote;

import jakarta.jms.ConnectionFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Transformers;
import org.springframework.integration.jms.dsl.Jms;
import org.treatybriefing.job.ArticleShardPartitioner;
import org.treatybriefing.job.ContextRepairingSplitter;
import org.treatybriefing.job.ExtractorKey;
import org.treatybriefing.job.StepStartLog;

/**
 * The manager's side of remote partitioning ({@code briefing.partitioning=remote}): the step
 * {@code extractArticles} splits the run's articles into {@code briefing.remote.partitions}
 * partitions, sends one request per partition to the broker's queue, and polls the job
 * repository until every partition's step execution has finished, or fails after
 * {@code briefing.remote.timeout}. Read, merge and write stay on the manager.
 * <p>
 * A request is the partition's step execution id and step name as JSON text
 * ({@code {"stepExecutionId":42,"stepName":"extractPartition"}}), never a serialized Java object.
 * It expires on the broker after the timeout, so a worker started later never runs a request the
 * manager has given up on.
 * <p>
 * Example: {@code java -jar treaty-briefing.jar --spring.profiles.active=postgres --briefing.partitioning=remote}.
 */
@Configuration
@ConditionalOnProperty(name = "briefing.partitioning", havingValue = "remote")
@EnableConfigurationProperties(RemotePartitioningSettings.class)
public class RemoteManagerConfiguration {

    /** The partition step the requests name; workers build it in {@link RemoteWorkerConfiguration}. */
    static final String WORKER_STEP = "extractPartition";

    @Bean
    public DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    public IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, ConnectionFactory connectionFactory,
                                                     RemotePartitioningSettings settings) {
        long timeToLive = settings.remote().timeout().toMillis();
        return IntegrationFlow.from(partitionRequests)
                .transform(Transformers.toJson())
                .handle(Jms.outboundAdapter(connectionFactory)
                        .destination(settings.remote().queue())
                        .configureJmsTemplate(t -> t.explicitQosEnabled(true).timeToLive(timeToLive)))
                .get();
    }

    @Bean
    public Step extractArticles(JobRepository repository, DirectChannel partitionRequests, ExtractorKey key,
                                RemotePartitioningSettings settings) {
        RemotePartitioningSettings.Remote remote = settings.remote();
        ArticleShardPartitioner partitioner = new ArticleShardPartitioner(key.value());
        return new RemotePartitioningManagerStepBuilder("extractArticles", repository)
                .listener(new StepStartLog())
                .listener(new UnfinishedPartitions(repository, WORKER_STEP, remote.timeout()))
                .partitioner(WORKER_STEP, partitioner)
                .splitter(new ContextRepairingSplitter(repository, WORKER_STEP, partitioner))
                .gridSize(remote.partitions())
                .outputChannel(partitionRequests)
                .pollInterval(remote.pollInterval().toMillis())
                .timeout(remote.timeout().toMillis())
                .build();
    }
}
