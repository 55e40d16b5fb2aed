package org.treatybriefing.article;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The outlet a saved page declares, row by row: the page's head, the outlet read (null: none declared). */
class HtmlOutletTest {

    private static final String BODY = "<body><article><h1>Harbour accord signed</h1><p>Ann Vale said it was done.</p></article></body>";

    static Stream<Arguments> pages() {
        return Stream.of(
                arguments("Open Graph site name",
                        "<meta property='og:site_name' content='Norland Times'>", "Norland Times"),
                arguments("JSON-LD publisher with a name",
                        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                                + "\"headline\":\"Harbour accord signed\",\"publisher\":{\"@type\":\"Organization\","
                                + "\"name\":\"Harbour Post\"}}</script>", "Harbour Post"),
                arguments("JSON-LD publisher as a plain string, in a list of nodes",
                        "<script type='application/ld+json'>[{\"@type\":\"BreadcrumbList\"},"
                                + "{\"@type\":\"NewsArticle\",\"publisher\":\"Coast Daily\"}]</script>", "Coast Daily"),
                arguments("JSON-LD publisher referred to by @id in a @graph",
                        "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
                                + "\"publisher\":{\"@id\":\"#org\"}},{\"@id\":\"#org\",\"@type\":\"NewsMediaOrganization\","
                                + "\"name\":\"Sudmark Wire\"}]}</script>", "Sudmark Wire"),
                arguments("a broken JSON-LD block is passed over for the next source",
                        "<script type='application/ld+json'>{\"publisher\": </script>"
                                + "<meta name='publisher' content='Valley Courier'>", "Valley Courier"),
                arguments("publisher meta tag",
                        "<meta name='publisher' content='Valley Courier'>", "Valley Courier"),
                arguments("Dublin Core publisher, its name in any case",
                        "<meta name='DC.Publisher' content='Valley Courier'>", "Valley Courier"),
                arguments("application name",
                        "<meta name='application-name' content='Coast Daily'>", "Coast Daily"),
                arguments("the site name comes before the other declarations",
                        "<meta name='application-name' content='CD App'><meta name='publisher' content='Coast Media Group'>"
                                + "<meta property='og:site_name' content='Coast Daily'>", "Coast Daily"),
                arguments("white space collapsed",
                        "<meta property='og:site_name' content='  Norland \n Times '>", "Norland Times"),
                arguments("an empty declaration is none",
                        "<meta property='og:site_name' content=' '><meta name='publisher' content='Valley Courier'>",
                        "Valley Courier"),
                arguments("a sentence in the tag is no outlet's name",
                        "<meta property='og:site_name' content='" + "Read the latest news from the coast ".repeat(4) + "'>",
                        null),
                arguments("no declaration: no outlet, not a guess from the title or the text",
                        "<title>Harbour accord signed | Coast Daily</title><meta name='author' content='Ann Vale'>", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsTheOutletThePageDeclares(String description, String head, String outlet) throws UnreadableFileException {
        ExtractedText read = HtmlText.read("<html><head>" + head + "</head>" + BODY + "</html>", "UTF-8");

        assertThat(read.outlet()).isEqualTo(outlet);
        assertThat(read.text()).as("the outlet is no part of the text").isEqualTo("Harbour accord signed\n\nAnn Vale said it was done.");
    }
}
