package org.treatybriefing.job;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.treatybriefing.store.ArticleToExtract;
import org.treatybriefing.store.StagingStore;

/**
 * How far the extraction of a long run is. On a terminal ({@link System#console()}) one line is
 * kept up to date in place and cleared when the step ends, so the run still ends with its two
 * lines: {@code extracting: 4,200 of 10,000 articles (42%), 280 a second, about 21 s left}.
 * Without a terminal (cron, systemd) nothing more is printed; the log gets the same line at every
 * tenth of the way. Runs of fewer than {@link #LONG_RUN} articles are too short to need either.
 * <p>
 * Listens to the extraction step (its start and end) and to its partitions (each article
 * processed, extracted or reused), whichever threads they run on. A worker of remote
 * partitioning never sees the step start and reports nothing.
 */
final class ExtractionProgress implements StepExecutionListener, ItemProcessListener<ArticleToExtract, ExtractionResult> {

    static final int LONG_RUN = 100;
    private static final long CONSOLE_EVERY_NANOS = 500_000_000L;
    private static final Logger log = LoggerFactory.getLogger(ExtractionProgress.class);

    /** One run's extraction under way. */
    private record Progress(String run, int total, long startNanos, AtomicInteger done, AtomicInteger loggedTenths,
                            AtomicLong printedAt) {
    }

    private final StagingStore store;
    /** The terminal, or null. */
    private final PrintWriter console;
    private volatile Progress current;

    ExtractionProgress(StagingStore store, PrintWriter console) {
        this.store = store;
        this.console = console;
    }

    /** Progress to the terminal the process runs in, if any. */
    static ExtractionProgress onTheConsole(StagingStore store) {
        return new ExtractionProgress(store, System.console() == null ? null : System.console().writer());
    }

    @Override
    public void beforeStep(StepExecution step) {
        String run = step.getJobExecution().getJobParameters().getString(RunParameters.RUN);
        int total = store.articleCount(run);
        long start = System.nanoTime();
        current = total < LONG_RUN ? null : new Progress(run, total, start, new AtomicInteger(), new AtomicInteger(),
                new AtomicLong(start - CONSOLE_EVERY_NANOS)); // the first article is shown at once
    }

    @Override
    public void afterProcess(ArticleToExtract article, ExtractionResult result) {
        Progress p = current;
        if (p == null) {
            return;
        }
        int done = Math.min(p.total(), p.done().incrementAndGet());
        long now = System.nanoTime();
        int tenths = done * 10 / p.total();
        int logged = p.loggedTenths().get();
        if (tenths > logged && p.loggedTenths().compareAndSet(logged, tenths)) {
            log.info("run {}: {}", p.run(), line(p, done, now));
        }
        long printed = p.printedAt().get();
        if (console != null && now - printed >= CONSOLE_EVERY_NANOS && p.printedAt().compareAndSet(printed, now)) {
            synchronized (console) {
                console.print("\r" + line(p, done, now) + "   ");
                console.flush();
            }
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (current != null && console != null) {
            synchronized (console) {
                console.print("\r" + " ".repeat(100) + "\r");
                console.flush();
            }
        }
        current = null;
        return null;
    }

    /** {@code extracting: 4,200 of 10,000 articles (42%), 280 a second, about 21 s left} */
    static String line(int done, int total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 && done < total ? String.format(Locale.ROOT, ", about %s left", duration((total - done) / rate)) : "";
        return String.format(Locale.ROOT, "extracting: %,d of %,d articles (%d%%), %,.0f a second%s", done, total,
                done * 100L / total, rate, left);
    }

    private static String line(Progress p, int done, long now) {
        return line(done, p.total(), (now - p.startNanos()) / 1e9);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
