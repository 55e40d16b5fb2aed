package org.treatybriefing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The job's settings, from {@code config/application.yml} (prefix {@code briefing}).
 *
 * @param seeds             default folder of articles
 * @param reports           default folder that receives each run's briefing folder
 * @param lexicons          folder of the lexicon files
 * @param maxFileBytes      files larger than this are rejected
 * @param minWords          files with fewer words are rejected as "not an article"
 * @param extractionThreads partitions of the extraction step, run in parallel
 * @param schedule          Spring cron expression of the --schedule mode
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(Path seeds, Path reports, Path lexicons, long maxFileBytes, int minWords,
                                 int extractionThreads, String schedule) {

    public BriefingProperties {
        seeds = seeds == null ? Path.of("seeds") : seeds;
        reports = reports == null ? Path.of("reports") : reports;
        lexicons = lexicons == null ? Path.of("config") : lexicons;
        maxFileBytes = maxFileBytes <= 0 ? 5L * 1024 * 1024 : maxFileBytes;
        minWords = minWords <= 0 ? 25 : minWords;
        extractionThreads = extractionThreads <= 0 ? Runtime.getRuntime().availableProcessors() : extractionThreads;
        schedule = schedule == null || schedule.isBlank() ? "0 0 2 * * *" : schedule;
    }
}
