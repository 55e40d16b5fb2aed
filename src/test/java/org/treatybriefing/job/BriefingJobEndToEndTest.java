package org.treatybriefing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.treatybriefing.BriefingFiles;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.ReportWriter;
import org.treatybriefing.report.SpreadsheetSafety;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the real job on the five seed articles and reads its briefing back. */
@SpringBatchTest
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/end-to-end-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/end-to-end.lock"})
class BriefingJobEndToEndTest {

    private static final Path SEEDS = Path.of("seeds");

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path reports;

    @Test
    void briefsTheSeedsIntoEveryTableAndSheet() throws Exception {
        RunParameters run = RunParameters.startingNow(SEEDS, reports, LocalDateTime.now());
        JobExecution execution = jobOperatorTestUtils.startJob(run.toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path out = run.outputFolder();
        assertThat(out.resolve(ReportWriter.WORKBOOK)).exists();
        try (Stream<Path> left = Files.list(reports)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(run.runName());
        }

        Map<String, List<String[]>> sheets = BriefingFiles.sheets(out.resolve(ReportWriter.WORKBOOK));
        assertThat(sheets.keySet()).containsExactly("Summary", "Sources", "Treaty", "Parties", "Sections",
                "Commitments", "Quotes", "Speakers", "Analysts", "Changes", "Rejected");
        for (BriefingTable table : BriefingTable.values()) {
            List<String[]> csv = BriefingFiles.csv(out, table);
            List<String[]> sheet = sheets.get(table.sheetName());
            assertThat(csv.get(0)).as(table + " CSV header").containsExactly(table.headers().toArray(String[]::new));
            assertThat(sheet.get(0)).as(table + " sheet header").containsExactly(table.headers().toArray(String[]::new));
            assertThat(csv).as(table + " rows").hasSameSizeAs(sheet);
            for (int r = 1; r < csv.size(); r++) {
                String[] neutralised = Arrays.stream(sheet.get(r)).map(SpreadsheetSafety::neutralise).toArray(String[]::new);
                assertThat(csv.get(r)).as(table + " row " + r).containsExactly(neutralised);
            }
        }
    }

    @Test
    void everyRowNamesASeedFileAndQuoteOffsetsPointAtTheQuotedText() throws Exception {
        RunParameters run = RunParameters.startingNow(SEEDS, reports, LocalDateTime.now().plusHours(1));
        assertThat(jobOperatorTestUtils.startJob(run.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path out = run.outputFolder();
        Set<String> seedFiles;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seedFiles = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        for (BriefingTable table : BriefingTable.values()) {
            for (Map<String, String> row : BriefingFiles.records(out, table)) {
                for (String column : List.of("source_id", "source_ids", "corroborating_source_ids")) {
                    String ids = row.getOrDefault(column, "");
                    for (String id : ids.isEmpty() ? new String[0] : ids.split("; ")) {
                        assertThat(seedFiles).as(table + "." + column).contains(id);
                    }
                }
            }
        }
        List<Map<String, String>> quotes = BriefingFiles.records(out, BriefingTable.QUOTES);
        assertThat(quotes).hasSizeGreaterThan(20);
        for (Map<String, String> q : quotes) {
            String article = Files.readString(SEEDS.resolve(q.get("source_id")));
            int start = Integer.parseInt(q.get("char_start"));
            int end = Integer.parseInt(q.get("char_end"));
            String span = article.substring(start, end);
            if (!span.equals(q.get("text"))) {
                // a statement split by its attribution ("A," she said. "B.") is its pieces joined by a
                // space: the span runs from the first piece to the last, holding every word in order
                assertThat(wordsInOrder(span, q.get("text"))).as(q.get("quote_id") + ": " + span).isTrue();
            }
        }
    }

    private static boolean wordsInOrder(String span, String text) {
        String[] words = text.split("\\s+");
        if (!span.startsWith(words[0]) || !span.endsWith(words[words.length - 1])) {
            return false;
        }
        int from = 0;
        for (String w : words) {
            int at = span.indexOf(w, from);
            if (at < 0) {
                return false;
            }
            from = at + w.length();
        }
        return true;
    }
}
