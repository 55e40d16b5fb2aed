package org.treatybriefing.job.remote;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Session;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.Transformers;
import org.springframework.integration.jms.dsl.Jms;
import org.treatybriefing.job.ExtractorKey;
import org.treatybriefing.job.WorkerMode;
import org.treatybriefing.job.WorkerStepBuilders;

/**
 * A worker process ({@code java -jar treaty-briefing.jar --worker}): takes partition requests
 * from the broker's queue, {@code briefing.remote.worker-concurrency} at a time, and runs the
 * step {@code extractPartition} of {@code BriefingJobConfiguration} on each, reading its articles
 * from and writing its extractions to the shared database. The models load once, when the
 * process starts, and the process stays up for the next run.
 * <p>
 * A request is acknowledged when a worker takes it. A worker that dies takes its partition with
 * it rather than hand it on: the manager's step fails after its timeout and {@code --restart}
 * resends only the unfinished partitions (an article that crashed one JVM would otherwise crash
 * every worker in turn).
 */
@Configuration
@Conditional(WorkerMode.Worker.class)
@EnableConfigurationProperties(RemotePartitioningSettings.class)
public class RemoteWorkerConfiguration {

    /** A broker out of reach is tried again this often (Spring's default, 5 s, would delay a run's first partitions). */
    private static final long RECONNECT_MILLIS = 1000;

    @Bean
    public DirectChannel partitionRequestsIn() {
        return new DirectChannel();
    }

    @Bean
    public IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, RemotePartitioningSettings settings,
                                                       JobRepository repository, DirectChannel partitionRequestsIn,
                                                       PartitionWorker worker) {
        int threads = settings.remote().workerConcurrency();
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(connectionFactory)
                        .destination(settings.remote().queue())
                        .configureListenerContainer(c -> c
                                .concurrentConsumers(threads)
                                .maxConcurrentConsumers(threads)
                                // acknowledged on receipt: see the class comment
                                .sessionTransacted(false)
                                .sessionAcknowledgeMode(Session.AUTO_ACKNOWLEDGE)
                                .backOff(new QuietReconnect(worker.brokerUrl(), RECONNECT_MILLIS))))
                .transform(Transformers.fromJson(StepExecutionRequest.class))
                .filter(new StaleRequests(repository))
                .channel(partitionRequestsIn)
                .get();
    }

    /** The partition step, built so that it also runs what arrives on {@link #partitionRequestsIn()}. */
    @Bean
    public WorkerStepBuilders remoteStepBuilders(JobRepository repository, BeanFactory beanFactory,
                                                 DirectChannel partitionRequestsIn, ExtractorKey key) {
        return name -> new RemotePartitioningWorkerStepBuilder(name, repository)
                .beanFactory(beanFactory)
                .inputChannel(partitionRequestsIn)
                .listener(new PartitionLog())
                .listener(new ExtractorKeyCheck(key.value()));
    }

    @Bean
    public PartitionWorker partitionWorker(RemotePartitioningSettings settings,
                                           @Value("${spring.artemis.broker-url:tcp://localhost:61616}") String brokerUrl) {
        return new PartitionWorker(brokerUrl, settings.remote().queue(), settings.remote().workerConcurrency());
    }
}
