package org.treatybriefing.job;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.treatybriefing.BriefingFiles;
import org.treatybriefing.PathologicalTexts;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.ReportWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder of bad and hostile files next to good articles: each bad file becomes a rejected row
 * with its reason, the good ones are briefed, formulas stay text, pathological text goes through.
 */
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "briefing.max-file-bytes=6000000",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/bad-input-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/bad-input.lock"})
class BadInputTest {

    private static final String ARTICLE = """
            Ministers of two neighbouring states signed a water-sharing agreement on Monday, officials said.
            "We have waited ten years for this day and it changes the life of every farmer," Foreign Minister Lena Marsh told reporters in the capital.
            The accord covers agriculture, energy and transport along the river, and the parties commit to share data every month.
            """;

    @Autowired
    private BriefingRunner runner;

    @TempDir
    Path work;

    @Test
    void badFilesAreRejectedWithReasonsAndTheRestIsBriefed() throws Exception {
        Path seeds = Files.createDirectories(work.resolve("in"));
        Files.writeString(seeds.resolve("good.txt"), ARTICLE);
        Files.write(seeds.resolve("empty.txt"), new byte[0]);
        Files.write(seeds.resolve("image.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(seeds.resolve("report.txt"), "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< >>\n\0\0".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(seeds.resolve("short.txt"), "Just a headline.");
        Files.write(seeds.resolve("too-big.txt"), new byte[6_100_000]);
        Files.write(seeds.resolve("latin.txt"), ARTICLE.replace("said.", "said, caf\u00e9.").getBytes(Charset.forName("windows-1252")));
        Files.writeString(seeds.resolve("page.txt"), "<html><head><script>var x = 1;</script></head><body><p>"
                + ARTICLE.replace("\n", "</p><p>") + "</p></body></html>");
        Files.writeString(seeds.resolve("injection.txt"), """
                Officials met in the capital on Tuesday to discuss the agreement between the two states.
                "=HYPERLINK(http://evil.example) is what we will sign today," Deputy Minister Omar Vale said.
                "+1 for the treaty, and -1 for those who oppose it today," Mr Vale added.
                """);
        Path outside = Files.writeString(work.resolve("secret.txt"), ARTICLE);
        Files.createSymbolicLink(seeds.resolve("link.txt"), outside);

        RunOutcome outcome = runner.run(seeds, work.resolve("reports"));

        assertThat(outcome.completed()).isTrue();
        Path out = Path.of(outcome.outputFolder());
        Map<String, String> rejected = BriefingFiles.records(out, BriefingTable.REJECTED).stream()
                .collect(Collectors.toMap(r -> r.get("file"), r -> r.get("reason")));
        assertThat(rejected).containsOnlyKeys("empty.txt", "image.txt", "report.txt", "short.txt", "too-big.txt", "link.txt");
        assertThat(rejected.get("empty.txt")).isEqualTo("empty file");
        assertThat(rejected.get("image.txt")).contains("binary").contains("PNG");
        assertThat(rejected.get("report.txt")).startsWith("corrupt PDF"); // read as a PDF by its bytes, whatever its name
        assertThat(rejected.get("short.txt")).contains("not an article");
        assertThat(rejected.get("too-big.txt")).contains("over the size limit");
        assertThat(rejected.get("link.txt")).contains("symbolic link");

        Map<String, Map<String, String>> sources = BriefingFiles.records(out, BriefingTable.SOURCES).stream()
                .collect(Collectors.toMap(r -> r.get("source_id"), r -> r));
        assertThat(sources).hasSize(10);
        assertThat(sources.get("latin.txt").get("status")).isEqualTo("ok");
        assertThat(sources.get("latin.txt").get("encoding")).isEqualTo("windows-1252");
        assertThat(sources.get("page.txt").get("status")).isEqualTo("ok");

        List<Map<String, String>> quotes = BriefingFiles.records(out, BriefingTable.QUOTES);
        assertThat(quotes).anySatisfy(q -> {
            assertThat(q.get("source_id")).isEqualTo("page.txt");
            assertThat(q.get("speaker")).isEqualTo("Lena Marsh");
        });
        assertThat(quotes).filteredOn(q -> q.get("source_id").equals("injection.txt"))
                .extracting(q -> q.get("text"))
                .anySatisfy(t -> assertThat(t).startsWith("'=HYPERLINK("))
                .anySatisfy(t -> assertThat(t).startsWith("'+1 for the treaty"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(ReportWriter.WORKBOOK)))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
        }
    }

    @Test
    void pathologicalTextGoesThrough() throws Exception {
        Path seeds = Files.createDirectories(work.resolve("odd"));
        PathologicalTexts.writeInto(seeds);
        Files.writeString(seeds.resolve("good.txt"), ARTICLE);

        RunOutcome outcome = runner.run(seeds, work.resolve("reports"));

        assertThat(outcome.completed()).isTrue();
        Map<String, String> status = BriefingFiles.records(Path.of(outcome.outputFolder()), BriefingTable.SOURCES).stream()
                .collect(Collectors.toMap(r -> r.get("source_id"), r -> r.get("status")));
        assertThat(status).containsEntry("one-line.txt", "ok").containsEntry("marks.txt", "ok")
                .containsEntry("nested.txt", "ok").containsEntry("good.txt", "ok");
    }

    @Test
    void filesWithTheSameContentAreAllBriefed() throws Exception {
        Path seeds = Files.createDirectories(work.resolve("copies"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(seeds.resolve("copy-" + i + ".txt"), ARTICLE);
        }
        Files.writeString(seeds.resolve("other.txt"), ARTICLE.replace("Lena Marsh", "Ivo Brandt"));

        RunOutcome outcome = runner.run(seeds, work.resolve("reports"));

        assertThat(outcome.completed()).isTrue();
        List<Map<String, String>> quotes = BriefingFiles.records(Path.of(outcome.outputFolder()), BriefingTable.QUOTES);
        assertThat(quotes.stream().map(q -> q.get("source_id")).distinct()).hasSize(7);
        assertThat(quotes).filteredOn(q -> q.get("source_id").equals("copy-3.txt"))
                .extracting(q -> q.get("corroborating_source_ids"))
                .anySatisfy(c -> assertThat(c).contains("copy-0.txt", "copy-5.txt"));
    }
}
