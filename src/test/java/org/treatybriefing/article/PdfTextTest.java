package org.treatybriefing.article;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * How PdfText rebuilds paragraphs from what PDFBox writes: lines ending in {@code \n}, a
 * paragraph's end as {@code ¶} (U+2029), a page's end as {@code \f}. Rows of that and the text.
 */
class PdfTextTest {

    static Stream<Arguments> layouts() {
        return Stream.of(
                arguments("lines of a paragraph are joined by a space",
                        "Ann Vale said the accord\nwould hold.\u2029", "Ann Vale said the accord would hold."),
                arguments("paragraphs are separated by a blank line",
                        "Harbour accord signed\u2029Ann Vale said\nit would hold.\u2029", "Harbour accord signed\n\nAnn Vale said it would hold."),
                arguments("a word hyphenated at a line end is made whole",
                        "the agree-\nment holds\u2029", "the agreement holds"),
                arguments("a compound the text writes elsewhere keeps its hyphen",
                        "a long-term deal, a long-\nterm view\u2029", "a long-term deal, a long-term view"),
                arguments("a hyphen before a capital is kept (a name, a compound of names)",
                        "the Northmark-\nSouthmere accord\u2029", "the Northmark-Southmere accord"),
                arguments("a soft hyphen always goes",
                        "the agree\u00AD\nment\u2029", "the agreement"),
                arguments("a hyphen between digits is kept",
                        "the 2026-\n2030 plan\u2029", "the 2026-2030 plan"),
                arguments("a dash with a space before it is no hyphen",
                        "the accord -\nsigned at last\u2029", "the accord - signed at last"),
                arguments("a paragraph cut mid-sentence by a page break goes on",
                        "Ann Vale told reporters after the\u2029\fsigning ceremony.\u2029", "Ann Vale told reporters after the signing ceremony."),
                arguments("a word cut by a page break is made whole",
                        "the trawlers of the north, the implemen-\u2029\ftation of the accord\u2029",
                        "the trawlers of the north, the implementation of the accord"),
                arguments("a paragraph that ends a page ends there",
                        "Ann Vale said it was done.\u2029\fthe next words\u2029", "Ann Vale said it was done.\n\nthe next words"),
                arguments("a page that goes on in capitals starts a paragraph",
                        "Harbour accord signed\u2029\fAnn Vale said it was done.\u2029", "Harbour accord signed\n\nAnn Vale said it was done."),
                arguments("blank lines, spaces and empty pages are no paragraphs",
                        "  Harbour accord  \n\n\u2029 \u2029\f\f\u2029Ann Vale spoke.\u2029\f", "Harbour accord\n\nAnn Vale spoke."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void rebuildsParagraphs(String description, String stripped, String text) {
        assertThat(PdfText.paragraphs(stripped)).isEqualTo(text);
    }
}
