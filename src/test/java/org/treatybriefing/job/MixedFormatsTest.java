package org.treatybriefing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.treatybriefing.BriefingFiles;
import org.treatybriefing.article.SampleArticles;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.ReportWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seed folder as briefers get them: the same invented article as a text file, a saved web page,
 * a PDF and a Word document, and a PDF cut short. The run briefs the four with the same quotes at
 * the same offsets, says each one's format in Sources, and rejects the broken PDF with its reason.
 * (BadInputTest's properties, so the two tests share one Spring context.)
 */
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "briefing.max-file-bytes=6000000",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/bad-input-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/bad-input.lock"})
class MixedFormatsTest {

    @Autowired
    private BriefingRunner runner;

    @TempDir
    Path work;

    @Test
    void everyFormatIsBriefedWithTheSameQuotesAndItsFormatIsShown() throws Exception {
        Path seeds = Files.createDirectories(work.resolve("inbox"));
        Files.write(seeds.resolve("harbour.txt"), SampleArticles.txt());
        Files.write(seeds.resolve("harbour.html"), SampleArticles.html());
        Files.write(seeds.resolve("harbour.pdf"), SampleArticles.pdf());
        Files.write(seeds.resolve("harbour.docx"), SampleArticles.docx());
        byte[] pdf = SampleArticles.pdf();
        Files.write(seeds.resolve("cut-short.pdf"), Arrays.copyOf(pdf, pdf.length / 2));

        RunOutcome outcome = runner.run(seeds, work.resolve("reports"));

        assertThat(outcome.completed()).isTrue();
        Path out = Path.of(outcome.outputFolder());
        Map<String, Map<String, String>> sources = BriefingFiles.records(out, BriefingTable.SOURCES).stream()
                .collect(Collectors.toMap(r -> r.get("source_id"), r -> r));
        assertThat(sources).hasSize(5);
        assertThat(sources.values()).allSatisfy(s -> assertThat(s).containsKey("format"));
        assertThat(sources.get("harbour.txt")).containsEntry("format", "txt").containsEntry("encoding", "UTF-8");
        assertThat(sources.get("harbour.html")).containsEntry("format", "html").containsEntry("encoding", "UTF-8");
        assertThat(sources.get("harbour.pdf")).containsEntry("format", "pdf").containsEntry("encoding", "")
                .containsEntry("status", "ok").containsEntry("title", SampleArticles.HEADLINE);
        assertThat(sources.get("harbour.docx")).containsEntry("format", "docx").containsEntry("status", "ok");
        assertThat(sources.get("cut-short.pdf")).containsEntry("status", "rejected").containsEntry("format", "");
        assertThat(BriefingFiles.csv(out, BriefingTable.SOURCES).get(0)).as("the schema's columns in order, then the outlet")
                .startsWith("source_id", "file", "sha256", "title", "words", "status", "outlet");
        assertThat(sources.get("harbour.html")).as("the site name the page declares")
                .containsEntry("outlet", SampleArticles.OUTLET);
        for (String undeclared : List.of("harbour.txt", "harbour.pdf", "harbour.docx", "cut-short.pdf")) {
            assertThat(sources.get(undeclared)).as(undeclared + ": no outlet, not a guess").containsEntry("outlet", "");
        }
        assertThat(BriefingFiles.records(out, BriefingTable.REJECTED)).singleElement()
                .satisfies(r -> assertThat(r.get("reason")).startsWith("corrupt PDF: "));

        Map<String, List<String>> quotes = BriefingFiles.records(out, BriefingTable.QUOTES).stream()
                .collect(Collectors.groupingBy(q -> q.get("source_id"), Collectors.mapping(
                        q -> String.join(" | ", q.get("speaker"), q.get("kind"), q.get("text"), q.get("char_start"), q.get("char_end")),
                        Collectors.toList())));
        assertThat(quotes.get("harbour.txt")).hasSizeGreaterThanOrEqualTo(4)
                .anySatisfy(q -> assertThat(q).startsWith("Ann Vale | direct | This agreement gives our fishermen"));
        for (String format : List.of("harbour.html", "harbour.pdf", "harbour.docx")) {
            assertThat(quotes.get(format)).as(format).isEqualTo(quotes.get("harbour.txt"));
        }

        List<String[]> sheet = BriefingFiles.sheets(out.resolve(ReportWriter.WORKBOOK)).get("Sources");
        int format = Arrays.asList(sheet.get(0)).indexOf("format");
        assertThat(format).isEqualTo(BriefingTable.SOURCES.headers().size() - 1);
        assertThat(sheet.subList(1, sheet.size())).extracting(r -> r[0] + "=" + r[format])
                .containsExactly("cut-short.pdf=", "harbour.docx=docx", "harbour.html=html", "harbour.pdf=pdf", "harbour.txt=txt");
        assertThat(sheet.get(0)).as("the sheet has the CSV's columns").containsExactlyElementsOf(BriefingTable.SOURCES.headers());
        int outlet = Arrays.asList(sheet.get(0)).indexOf("outlet");
        assertThat(sheet.subList(1, sheet.size())).extracting(r -> r[outlet]).containsExactly("", "", SampleArticles.OUTLET, "", "");
    }
}
