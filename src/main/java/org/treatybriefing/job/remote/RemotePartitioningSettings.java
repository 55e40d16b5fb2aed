package org.treatybriefing.job.remote;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of remote partitioning, from {@code config/application.yml}. The broker itself is
 * Spring Boot's {@code spring.artemis.broker-url} (with {@code spring.artemis.user} and
 * {@code spring.artemis.password}).
 * <pre>
 * briefing:
 *   partitioning: remote        # local (default): threads of this process
 *   remote:
 *     queue: treaty-briefing.partitions
 *     partitions: 8
 *     worker-concurrency: 1
 *     poll-interval: 500ms
 *     timeout: 1h
 *     embedded-broker: false
 * </pre>
 *
 * @param partitioning local or remote partitioning of the extraction step (an unknown word fails at start)
 * @param remote       the rest, used by the manager (a run with remote partitioning) and by workers
 */
@ConfigurationProperties("briefing")
public record RemotePartitioningSettings(Partitioning partitioning, Remote remote) {

    public enum Partitioning { LOCAL, REMOTE }

    public RemotePartitioningSettings {
        partitioning = partitioning == null ? Partitioning.LOCAL : partitioning;
        remote = remote == null ? new Remote(null, 0, 0, null, null, false) : remote;
    }

    /**
     * @param queue             the queue the manager sends partition requests to and workers take them from
     * @param partitions        how many partitions the manager splits the extraction into (a few per worker thread, so they balance)
     * @param workerConcurrency how many partitions one worker runs at once (its threads; about its cores)
     * @param pollInterval      how often the manager reads the job repository for finished partitions
     * @param timeout           how long the manager waits for all partitions before it fails the step
     * @param embeddedBroker    the manager starts an Artemis broker itself, listening at {@code spring.artemis.broker-url}
     */
    public record Remote(String queue, int partitions, int workerConcurrency, Duration pollInterval, Duration timeout,
                         boolean embeddedBroker) {

        public Remote {
            queue = queue == null || queue.isBlank() ? "treaty-briefing.partitions" : queue;
            partitions = partitions <= 0 ? 8 : partitions;
            workerConcurrency = workerConcurrency <= 0 ? 1 : workerConcurrency;
            pollInterval = pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()
                    ? Duration.ofMillis(500) : pollInterval;
            timeout = timeout == null || timeout.isNegative() || timeout.isZero() ? Duration.ofHours(1) : timeout;
        }
    }
}
