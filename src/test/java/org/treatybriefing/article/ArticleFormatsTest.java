package org.treatybriefing.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatybriefing.extract.ArticleExtractor;
import org.treatybriefing.extract.QuoteFact;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The same invented article as a text file, a saved web page, a PDF and a Word document
 * ({@link SampleArticles}, made in the test): each reads to the text of the text file, so the
 * extractor finds the same quotes at the same offsets, and the Sources table can say the format.
 */
class ArticleFormatsTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());

    @TempDir
    Path seeds;

    static Stream<Arguments> theSameArticle() {
        return Stream.of(
                arguments("harbour.txt", (Supplier<byte[]>) SampleArticles::txt, "txt", "UTF-8"),
                arguments("harbour.html", (Supplier<byte[]>) SampleArticles::html, "html", "UTF-8"),
                arguments("harbour.pdf", (Supplier<byte[]>) SampleArticles::pdf, "pdf", null),
                arguments("harbour.docx", (Supplier<byte[]>) SampleArticles::docx, "docx", null),
                // the bytes decide, not the name
                arguments("saved-page.txt", (Supplier<byte[]>) SampleArticles::html, "html", "UTF-8"),
                arguments("download.txt", (Supplier<byte[]>) SampleArticles::pdf, "pdf", null),
                arguments("download", (Supplier<byte[]>) SampleArticles::docx, "docx", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("theSameArticle")
    void eachFormatReadsToTheTextOfTheTextFile(String name, Supplier<byte[]> bytes, String format, String encoding)
            throws IOException {
        Article a = accepted(name, bytes.get());

        assertThat(a.format()).isEqualTo(format);
        assertThat(a.encoding()).isEqualTo(encoding);
        assertThat(a.outlet()).as("only the web page declares its outlet; a text, PDF or Word file has none we could trust")
                .isEqualTo(format.equals("html") ? SampleArticles.OUTLET : null);
        assertThat(a.title()).isEqualTo(SampleArticles.HEADLINE);
        assertThat(a.text()).isEqualTo(SampleArticles.text());
        assertThat(a.words()).isEqualTo(ArticleReader.countWords(SampleArticles.text()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("theSameArticle")
    void eachFormatGivesTheQuotesOfTheTextFileAtTheSameOffsets(String name, Supplier<byte[]> bytes, String format,
                                                               String encoding) throws IOException {
        List<QuoteFact> expected = EXTRACTOR.extract(SampleArticles.text()).quotes();
        assertThat(expected).extracting(QuoteFact::speaker).contains("Ann Vale", "Tomas Reed");

        Article a = accepted(name, bytes.get());
        List<QuoteFact> quotes = EXTRACTOR.extract(a.text()).quotes();

        assertThat(quotes).isEqualTo(expected);
        for (QuoteFact q : quotes) {
            assertThat(a.text().substring(q.start(), q.end())).as(q.text()).contains(q.text().split(" ")[0]);
        }
    }

    @Test
    void theWebPagesFurnitureIsNotArticleText() throws IOException {
        Article a = accepted("harbour.html", SampleArticles.html());

        assertThat(a.text()).doesNotContain("cookies", "Accept all", "The Coast Daily", "World", "Politics",
                "Share this story", "Read more", "four charts", "Storm season ends early", "All rights reserved",
                "Privacy", "dataLayer", "Ann Vale said nothing");
    }

    @Test
    void theWordDocumentsHeaderFooterAndFootnoteAreNotArticleText() throws IOException {
        Article a = accepted("harbour.docx", SampleArticles.docx());

        assertThat(a.text()).doesNotContain("for subscribers", "Page 1 of 1", "31 articles", "footnoteRef", "[");
    }

    private Article accepted(String name, byte[] bytes) throws IOException {
        Path file = Files.write(seeds.resolve(name), bytes);
        ReadOutcome outcome = new ArticleReader(5_000_000, 25).read(SeedFolder.open(seeds), file, 0);
        assertThat(outcome).as(name).isInstanceOf(ReadOutcome.Accepted.class);
        return ((ReadOutcome.Accepted) outcome).article();
    }
}
