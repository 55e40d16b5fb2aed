package org.treatybriefing.job.remote;

/**
 * What a worker process listens to, for the line it prints when it starts.
 * <p>
 * Example: {@code worker: runs extraction partitions from queue treaty-briefing.partitions at
 * tcp://localhost:61616, 1 at a time (Ctrl-C or SIGTERM to stop)}.
 */
public record PartitionWorker(String brokerUrl, String queue, int concurrency) {

    public String describe() {
        return "runs extraction partitions from queue " + queue + " at " + brokerUrl + ", " + concurrency
                + " at a time (Ctrl-C or SIGTERM to stop)";
    }
}
