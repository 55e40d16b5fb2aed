package org.treatybriefing.bench;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.treatybriefing.TreatyBriefingApplication;
import org.treatybriefing.job.BriefingRunner;
import org.treatybriefing.job.RunOutcome;

/**
 * For {@link RemotePartitioningBenchmark}'s warm rounds: one JVM runs the job twice, first on a
 * warm-up folder, then on the measured one, as a process that stays up ({@code --schedule}) does
 * from its second night on. The warm-up writes to {@code REPORTS-warmup}, so the measured run has
 * no briefing to compare with. Any other argument is a setting, as on the command line.
 * <p>
 * Example: {@code java -cp ... RunTwice --bench.warmup=DIR --seeds=DIR --reports=DIR --spring.profiles.active=postgres}.
 */
public final class RunTwice {

    public static void main(String[] args) {
        Path warmup = Path.of(value(args, "--bench.warmup="));
        Path seeds = Path.of(value(args, "--seeds="));
        Path reports = Path.of(value(args, "--reports="));
        String[] settings = new String[args.length + 1];
        System.arraycopy(args, 0, settings, 0, args.length);
        settings[args.length] = "--briefing.command-line=false";
        int code = 0;
        try (ConfigurableApplicationContext ctx = new SpringApplication(TreatyBriefingApplication.class).run(settings)) {
            BriefingRunner runner = ctx.getBean(BriefingRunner.class);
            // the warm-up briefs into a reports folder of its own: the measured run compares with no briefing
            Path warmupReports = reports.resolveSibling(reports.getFileName() + "-warmup");
            for (Path folder : new Path[]{warmup, seeds}) {
                RunOutcome outcome = runner.run(folder, folder == warmup ? warmupReports : reports);
                if (!outcome.completed()) {
                    System.out.println("run failed: " + outcome.failure());
                    code = 1;
                }
            }
        }
        System.exit(code);
    }

    private static String value(String[] args, String prefix) {
        for (String a : args) {
            if (a.startsWith(prefix)) {
                return a.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("missing " + prefix + "DIR");
    }
}
