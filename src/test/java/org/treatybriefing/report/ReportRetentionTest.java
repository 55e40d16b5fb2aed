package org.treatybriefing.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** briefing.keep-reports-days removes old run folders and nothing else. */
class ReportRetentionTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 31, 2, 0, 0);

    @TempDir
    Path temp;

    private Path reports;

    @BeforeEach
    void reportsFolder() throws Exception {
        reports = Files.createDirectories(temp.resolve("reports"));
    }

    @Test
    void runFoldersOlderThanTheLimitGoTheRestStays() throws Exception {
        Path old = briefing("2026-11-30T015959_inbox");
        Path oldNumbered = briefing("2026-11-01T020000_inbox-2");
        Path recent = briefing("2026-12-01T020000_inbox");
        Path today = briefing("2026-12-31T020000_inbox");
        Path notARun = Files.createDirectories(reports.resolve("2026-01-01 notes"));
        Path noWorkbook = Files.createDirectories(reports.resolve("2026-01-01T020000_someone-elses"));
        Path hiddenPartial = Files.createDirectories(reports.resolve(".2026-01-01T020000_inbox.partial"));
        Path file = Files.writeString(reports.resolve("2026-01-01T020000_file.txt"), "a user's file");

        assertThat(ReportRetention.removeOlderThan(reports, 30, NOW)).containsExactly(oldNumbered, old);

        assertThat(old).doesNotExist();
        assertThat(oldNumbered).doesNotExist();
        assertThat(recent).isDirectory();
        assertThat(today).isDirectory();
        assertThat(notARun).isDirectory();
        assertThat(noWorkbook).as("not a briefing: left alone").isDirectory();
        assertThat(hiddenPartial).as("a killed run's leftovers: the next run's recovery removes them").isDirectory();
        assertThat(file).isRegularFile();
    }

    @Test
    void zeroKeepsEverything() throws Exception {
        Path old = briefing("2001-01-01T020000_inbox");

        assertThat(ReportRetention.removeOlderThan(reports, 0, NOW)).isEmpty();
        assertThat(old).isDirectory();
        assertThat(ReportRetention.removeOlderThan(reports.resolve("missing"), 30, NOW)).isEmpty();
    }

    @Test
    void aLinkNamedAsARunIsNotFollowedNorRemoved() throws Exception {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(ReportWriter.WORKBOOK), "x");
        Path link = Files.createSymbolicLink(reports.resolve("2001-01-01T020000_inbox"), elsewhere);

        assertThat(ReportRetention.removeOlderThan(reports, 30, NOW)).isEmpty();
        assertThat(link).exists();
        assertThat(elsewhere.resolve(ReportWriter.WORKBOOK)).exists();
    }

    private Path briefing(String name) throws Exception {
        Path folder = Files.createDirectories(reports.resolve(name));
        Files.writeString(folder.resolve(ReportWriter.WORKBOOK), "workbook");
        Files.writeString(folder.resolve("quotes.csv"), "quote_id\n");
        return folder;
    }
}
