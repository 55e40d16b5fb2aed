package org.treatybriefing;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The job's settings (prefix {@code briefing}), from the built-in {@code config/application.yml}
 * and the folders that override it (see {@link org.treatybriefing.config.ConfigLocation}).
 *
 * @param seeds             default folder of articles
 * @param reports           default folder that receives each run's briefing folder
 * @param data              folder of the database and the log, absolute (see {@link org.treatybriefing.config.DataFolder})
 * @param lexicons          a folder searched for lexicon files before the config folders; null: none
 * @param maxFileBytes      files larger than this are rejected
 * @param minWords          files with fewer words are rejected as "not an article"
 * @param extractionThreads partitions of the extraction step, run in parallel
 * @param schedule          Spring cron expression of the --schedule mode
 * @param scheduleZone      time zone of {@code schedule}; the machine's when unset
 * @param keepReportsDays   after a completed run, run folders older than this many days are removed; 0: all kept
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(Path seeds, Path reports, Path data, Path lexicons, long maxFileBytes, int minWords,
                                 int extractionThreads, String schedule, ZoneId scheduleZone, int keepReportsDays) {

    public BriefingProperties {
        seeds = seeds == null ? Path.of("seeds") : seeds;
        reports = reports == null ? Path.of("reports") : reports;
        data = data == null ? Path.of("data").toAbsolutePath() : data;
        maxFileBytes = maxFileBytes <= 0 ? 5L * 1024 * 1024 : maxFileBytes;
        minWords = minWords <= 0 ? 25 : minWords;
        extractionThreads = extractionThreads <= 0 ? Runtime.getRuntime().availableProcessors() : extractionThreads;
        schedule = schedule == null || schedule.isBlank() ? "0 0 2 * * *" : schedule;
        scheduleZone = scheduleZone == null ? ZoneId.systemDefault() : scheduleZone;
        keepReportsDays = Math.max(0, keepReportsDays);
    }
}
