package org.treatybriefing.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.treatybriefing.BriefingProperties;
import org.treatybriefing.article.SeedFolderException;
import org.treatybriefing.job.BriefingRunner;
import org.treatybriefing.job.RunOutcome;
import org.treatybriefing.job.RunRefusedException;
import org.treatybriefing.job.WorkerMode;
import org.treatybriefing.job.remote.PartitionWorker;

/**
 * The command line: {@code [--seeds=DIR] [--reports=DIR] [--compare-to=DIR] [--config=DIR] [--data=DIR]
 * [--restart] [--schedule]}, or {@code --worker} for a remote-partitioning worker that stays up
 * and runs the extraction partitions a manager sends (README, "Remote partitioning") ({@code --help}, {@code --config} and {@code --data} are read before Spring starts, see
 * {@link org.treatybriefing.TreatyBriefingApplication}). Prints the run's output folder and one line
 * of counts; a user error is one line on stderr.
 * Exit codes: 0 done (or an empty seed folder: nothing to brief), 1 the run failed (restart it),
 * 2 usage or seed-folder error, 3 another run holds the database.
 */
@Component
@ConditionalOnProperty(name = "briefing.command-line", havingValue = "true", matchIfMissing = true)
public class BriefingCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int USAGE = 2;
    public static final int BUSY = 3;

    private static final Logger log = LoggerFactory.getLogger(BriefingCommand.class);

    private static final Set<String> OPTIONS = Set.of("seeds", "reports", "compare-to", "config", "data", "restart",
            "schedule", WorkerMode.OPTION);

    private final BriefingRunner runner;
    private final BriefingProperties properties;
    private final ScheduledBriefing scheduled;
    private final ObjectProvider<PartitionWorker> worker;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode = OK;

    public BriefingCommand(BriefingRunner runner, BriefingProperties properties, ScheduledBriefing scheduled,
                           ObjectProvider<PartitionWorker> worker) {
        this.runner = runner;
        this.properties = properties;
        this.scheduled = scheduled;
        this.worker = worker;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String name : args.getOptionNames()) {
            if (!OPTIONS.contains(name) && !name.contains(".")) {
                fail(USAGE, "unknown option --" + name + " (options: --seeds=DIR --reports=DIR --compare-to=DIR --config=DIR"
                        + " --data=DIR --restart --schedule, or --worker; --help says more)");
                return;
            }
        }
        if (!args.getNonOptionArgs().isEmpty()) {
            fail(USAGE, "unexpected argument " + args.getNonOptionArgs().get(0) + " (give folders as --seeds=DIR)");
            return;
        }
        PartitionWorker partitionWorker = worker.getIfAvailable(); // present only with --worker
        if (partitionWorker != null) {
            if (args.containsOption("restart") || args.containsOption("schedule")) {
                fail(USAGE, "--worker runs the partitions a manager sends; it takes no --restart or --schedule");
                return;
            }
            out.println("worker: " + partitionWorker.describe());
            waitUntilStopped();
            return;
        }
        Path seeds = Path.of(single(args, "seeds", properties.seeds().toString()));
        Path reports = Path.of(single(args, "reports", properties.reports().toString()));
        String compareTo = single(args, "compare-to", "");
        if (!compareTo.isEmpty() && (args.containsOption("restart") || args.containsOption("schedule"))) {
            fail(USAGE, "--compare-to goes with a one-off new run, not with --restart (it compares with the briefing"
                    + " its run chose) nor --schedule (each run compares with the one before)");
            return;
        }
        try {
            BriefingRunner.checkWritable(reports); // found now, not after the night's extraction
        } catch (RunRefusedException e) {
            fail(USAGE, e.getMessage());
            return;
        }
        if (args.containsOption("schedule")) {
            out.println("scheduled: a briefing of " + seeds.toAbsolutePath() + " at cron \"" + properties.schedule()
                    + "\" (" + properties.scheduleZone() + ") into " + reports.toAbsolutePath() + " (Ctrl-C to stop)");
            scheduled.start(seeds, reports);
            return;
        }
        if (!args.containsOption("restart") && Inbox.isEmpty(seeds)) {
            // a quiet day, not an error for cron; a missing or unreadable folder still is (exit 2)
            log.info("no articles in {}: nothing briefed", seeds.toAbsolutePath().normalize());
            out.println("no articles in " + seeds.toAbsolutePath().normalize() + ": nothing briefed");
            return;
        }
        try {
            RunOutcome outcome = args.containsOption("restart") ? runner.restart(seeds)
                    : runner.run(seeds, reports, compareTo.isEmpty() ? null : Path.of(compareTo));
            report(outcome);
        } catch (SeedFolderException e) {
            fail(USAGE, e.getMessage());
        } catch (RunRefusedException e) {
            fail(e.getMessage().startsWith("another") ? BUSY : USAGE, e.getMessage());
        } catch (RuntimeException e) {
            fail(RUN_FAILED, e.getMessage());
        }
    }

    private void report(RunOutcome outcome) {
        if (outcome.completed()) {
            out.println("Briefing written to " + outcome.outputFolder());
            out.println(outcome.countsLine());
        } else {
            fail(RUN_FAILED, "run " + outcome.runName() + " failed (" + outcome.failure()
                    + "); the previous briefing is untouched; resume it with --restart");
        }
    }

    /** A worker's main thread waits here; SIGTERM closes the context, which lets a partition under way finish. */
    private static void waitUntilStopped() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fail(int code, String message) {
        exitCode = code;
        err.println("error: " + message);
    }

    private static String single(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? fallback : values.get(values.size() - 1);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
