package org.treatybriefing.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes old briefings from a reports folder ({@code briefing.keep-reports-days}), after a run
 * completed, so a failing nightly job never eats the last good briefings.
 * <p>
 * Only run folders go: a folder (not a link) named as a run names it,
 * {@code <yyyy-MM-dd'T'HHmmss>_<seed folder>[-n]}, holding a workbook. Anything else a user keeps
 * there stays. A run's age is the start time in its name, so copying or touching a folder does not
 * change it.
 * <pre>{@code
 * // keep 30 days: on 2026-12-31, 2026-11-30T020000_inbox goes, 2026-12-01T020000_inbox stays
 * ReportRetention.removeOlderThan(Path.of("reports"), 30, LocalDateTime.now());
 * }</pre>
 */
public final class ReportRetention {

    private static final Pattern RUN_FOLDER = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{6})_.+");
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss");

    private ReportRetention() {
    }

    /**
     * Removes the run folders started more than {@code days} days before {@code now}; returns
     * them. {@code days <= 0} keeps everything.
     */
    public static List<Path> removeOlderThan(Path reports, int days, LocalDateTime now) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (days <= 0 || !Files.isDirectory(reports)) {
            return removed;
        }
        LocalDateTime cutoff = now.minusDays(days);
        List<Path> entries;
        try (Stream<Path> list = Files.list(reports)) {
            entries = list.sorted().toList();
        }
        for (Path folder : entries) {
            Optional<LocalDateTime> started = startOf(folder);
            if (started.isPresent() && started.get().isBefore(cutoff) && isBriefing(folder)) {
                ReportWriter.deleteRecursively(folder);
                removed.add(folder);
            }
        }
        return removed;
    }

    /** The start time in a run folder's name, if it is named as a run. */
    static Optional<LocalDateTime> startOf(Path folder) {
        Matcher m = RUN_FOLDER.matcher(folder.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), RUN_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isBriefing(Path folder) {
        return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(folder.resolve(ReportWriter.WORKBOOK), LinkOption.NOFOLLOW_LINKS);
    }
}
