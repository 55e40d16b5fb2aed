package org.treatybriefing.cli;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.treatybriefing.BriefingProperties;
import org.treatybriefing.job.BriefingRunner;
import org.treatybriefing.job.RunOutcome;

/**
 * The --schedule mode: stays up and starts a run at the configured cron expression (Spring's
 * cron syntax), in {@code briefing.schedule-zone} (the machine's time zone when unset). One
 * scheduler thread, so two runs never overlap; the run lock also refuses a run while a one-shot
 * run of the same database is going. An empty inbox is a log line; the next run looks again.
 * <p>
 * Stopping (SIGTERM, Ctrl-C) waits up to {@value #STOP_GRACE_SECONDS} seconds for a run under way
 * to finish its briefing: Spring stops this bean before it closes the database the run needs.
 * A run still going after that, or killed outright, is marked failed by the next run and can be
 * resumed with --restart.
 */
@Component
public class ScheduledBriefing implements DisposableBean {

    /** How long stopping waits for a run under way. */
    static final int STOP_GRACE_SECONDS = 600;

    private static final Logger log = LoggerFactory.getLogger(ScheduledBriefing.class);

    private final BriefingRunner runner;
    private final BriefingProperties properties;
    private volatile ThreadPoolTaskScheduler scheduler;

    public ScheduledBriefing(BriefingRunner runner, BriefingProperties properties) {
        this.runner = runner;
        this.properties = properties;
    }

    /** Blocks until the process is stopped. */
    public void start(Path seeds, Path reports) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("briefing-schedule-");
        // stopping waits for a run under way to finish its briefing, rather than leave half of one
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(STOP_GRACE_SECONDS);
        scheduler.initialize();
        this.scheduler = scheduler;
        scheduler.schedule(() -> runOnce(seeds, reports), new CronTrigger(properties.schedule(), properties.scheduleZone()));
        boolean interrupted = false;
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            interrupted = true;
        }
        stop(); // with the interrupt flag clear, so it can wait for a run under way
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Called when the application context closes (SIGTERM): before the database goes, so a run
     * under way can finish its briefing.
     */
    @Override
    public void destroy() {
        stop();
    }

    private void stop() {
        ThreadPoolTaskScheduler s = scheduler;
        if (s != null) {
            scheduler = null;
            log.info("schedule stopping: waiting up to {} s for a run under way", STOP_GRACE_SECONDS);
            s.shutdown();
        }
    }

    void runOnce(Path seeds, Path reports) {
        if (Inbox.isEmpty(seeds)) {
            log.info("no articles in {}: nothing briefed", seeds.toAbsolutePath().normalize());
            return;
        }
        try {
            RunOutcome outcome = runner.run(seeds, reports);
            log.info("scheduled run {}: {} {}", outcome.runName(), outcome.completed() ? "written to " + outcome.outputFolder()
                    : "failed: " + outcome.failure(), outcome.countsLine());
        } catch (RuntimeException e) {
            log.error("scheduled run did not start: {}", e.getMessage());
        }
    }
}
