package org.treatybriefing.job;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one run. A run is a job instance identified by its seed folder and its run
 * name (which holds its start time); the reports folder may change on a restart.
 *
 * @param compareTo the briefing the run compares itself with (the Changes sheet), chosen when it
 *                  starts and kept with the run, so a restart compares with the same one; null: none
 */
public record RunParameters(Path seeds, Path reports, String runName, String startedAt, Path compareTo) {

    public static final String SEEDS = "seeds";
    public static final String REPORTS = "reports";
    public static final String RUN = "run";
    public static final String STARTED_AT = "startedAt";
    public static final String COMPARE_TO = "compareTo";

    /** A run that compares itself with no earlier briefing. */
    public RunParameters(Path seeds, Path reports, String runName, String startedAt) {
        this(seeds, reports, runName, startedAt, null);
    }

    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");

    public static RunParameters startingNow(Path seeds, Path reports, LocalDateTime now) {
        Path folder = seeds.toAbsolutePath().normalize();
        String name = RUN_TIME.format(now) + "_" + safeName(folder.getFileName() == null ? "root" : folder.getFileName().toString());
        return new RunParameters(folder, reports.toAbsolutePath().normalize(), name, now.withNano(0).toString());
    }

    /** File names never build a path outside the reports folder: only plain characters survive. */
    static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return safe.isEmpty() ? "seeds" : safe;
    }

    /** The same run with "-n" after its name. */
    public RunParameters numbered(int n) {
        return new RunParameters(seeds, reports, runName.replaceFirst("-\\d+$", "") + "-" + n, startedAt, compareTo);
    }

    /** The same run, compared with the briefing in {@code folder} (null: with none). */
    public RunParameters comparedWith(Path folder) {
        return new RunParameters(seeds, reports, runName, startedAt, folder);
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder p = new JobParametersBuilder()
                .addString(SEEDS, seeds.toString())
                .addString(RUN, runName)
                .addString(REPORTS, reports.toString(), false)
                .addString(STARTED_AT, startedAt, false);
        if (compareTo != null) {
            p.addString(COMPARE_TO, compareTo.toString(), false);
        }
        return p.toJobParameters();
    }

    /** The parameters of a run, as {@link #toJobParameters()} stored them. */
    public static RunParameters of(Map<String, Object> jobParameters) {
        Object compareTo = jobParameters.get(COMPARE_TO);
        return new RunParameters(Path.of((String) jobParameters.get(SEEDS)), Path.of((String) jobParameters.get(REPORTS)),
                (String) jobParameters.get(RUN), (String) jobParameters.get(STARTED_AT),
                compareTo == null || compareTo.toString().isEmpty() ? null : Path.of(compareTo.toString()));
    }

    public Path outputFolder() {
        return reports.resolve(runName);
    }
}
