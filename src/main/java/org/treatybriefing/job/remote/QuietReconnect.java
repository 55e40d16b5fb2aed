package org.treatybriefing.job.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * How a worker waits for a broker out of reach: it tries again every second, so a manager's
 * requests are taken at once when the broker is back (a manager that starts its own broker brings
 * it up only for a run), and it says so once per outage instead of once per attempt. Spring's
 * listener container would log an error each second, all day between two nightly runs; its logger
 * is off in {@code config/application.yml}.
 * <p>
 * Example log line: "broker out of reach (tcp://localhost:61616?consumerWindowSize=0): trying
 * again every 1000 ms; partition requests wait on its queue meanwhile".
 */
final class QuietReconnect implements BackOff {

    private static final Logger log = LoggerFactory.getLogger(QuietReconnect.class);

    private final String brokerUrl;
    private final long intervalMillis;

    QuietReconnect(String brokerUrl, long intervalMillis) {
        this.brokerUrl = brokerUrl;
        this.intervalMillis = intervalMillis;
    }

    /** One outage: the container starts an execution when a connection fails, and drops it once one succeeds. */
    @Override
    public BackOffExecution start() {
        return new BackOffExecution() {
            private boolean said;

            @Override
            public long nextBackOff() {
                if (!said) {
                    said = true;
                    log.warn("broker out of reach ({}): trying again every {} ms; partition requests wait on its queue meanwhile",
                            brokerUrl, intervalMillis);
                }
                return intervalMillis;
            }

            @Override
            public String toString() {
                return "every " + intervalMillis + " ms";
            }
        };
    }
}
