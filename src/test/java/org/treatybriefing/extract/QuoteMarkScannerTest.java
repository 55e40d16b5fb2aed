package org.treatybriefing.extract;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** QuoteMarkScanner on short invented sentences: pure, no language models. */
class QuoteMarkScannerTest {

    private static List<String> texts(String text) {
        return QuoteMarkScanner.scan(text).stream().map(q -> q.text().strip()).toList();
    }

    @Test
    void curlyQuotesPairAndTheSpanPointsAtTheMarks() {
        String text = "The envoy said “we will sign it” on Monday.";

        List<QuoteSpan> spans = QuoteMarkScanner.scan(text);

        assertThat(spans).hasSize(1);
        QuoteSpan q = spans.get(0);
        assertThat(q.text()).isEqualTo("we will sign it");
        assertThat(text.charAt(q.open())).isEqualTo('“');
        assertThat(text.charAt(q.close())).isEqualTo('”');
        assertThat(text.substring(q.textStart(), q.textEnd())).isEqualTo("we will sign it");
        assertThat(q.continued()).isFalse();
    }

    @Test
    void straightQuotesPair() {
        String text = "The envoy said \"we will sign it\" on Monday, and \"soon\" after.";

        assertThat(texts(text)).containsExactly("we will sign it", "soon");
    }

    @Test
    void guillemetsPair() {
        String text = "Le ministre a dit « nous signerons lundi » devant la presse.";

        assertThat(texts(text)).containsExactly("nous signerons lundi");
    }

    @Test
    void singleQuotesAreNotBrokenByApostrophes() {
        String text = "He said ‘it’s Norway’s choice and nobody else’s’ yesterday.";

        assertThat(texts(text)).containsExactly("it’s Norway’s choice and nobody else’s");
    }

    @Test
    void anApostropheAloneOpensNoQuote() {
        String text = "It’s the minister’s view that Chile’s ports won’t close.";

        assertThat(QuoteMarkScanner.scan(text)).isEmpty();
    }

    @Test
    void aQuoteRunsOverTwoParagraphsWhenTheNextOneOpensWithAMark() {
        String text = "“The first paragraph of the statement.\n“And the second paragraph,” she said.";

        List<QuoteSpan> spans = QuoteMarkScanner.scan(text);

        assertThat(spans).hasSize(1);
        QuoteSpan q = spans.get(0);
        assertThat(q.continued()).isTrue();
        assertThat(q.open()).isZero();
        assertThat(text.charAt(q.close())).isEqualTo('”');
        assertThat(q.text()).isEqualTo("The first paragraph of the statement. And the second paragraph,");
    }

    @Test
    void anOpenQuoteEndsAtAParagraphThatDoesNotOpenWithAMark() {
        String text = "“The first paragraph has no closing mark.\nThe minister then left the room.";

        assertThat(QuoteMarkScanner.scan(text)).isEmpty();
    }

    @Test
    void reopenedStraightMarksEndTheFirstQuoteAtItsSentenceEnd() {
        String text = "He said: \"We agree. \"We will sign next week,\" he added.";

        assertThat(texts(text)).containsExactly("We agree.", "We will sign next week,");
    }

    @Test
    void aStrayClosingMarkIsSkipped() {
        String text = "A stray ” mark, and then “a real quote” here.";

        assertThat(texts(text)).containsExactly("a real quote");
    }

    @Test
    void aStrayOpeningMarkIsDroppedAndTheQuoteRestartsAtTheNextOne() {
        String text = "A stray “ opening, and then “a real quote” here.";

        List<QuoteSpan> spans = QuoteMarkScanner.scan(text);

        assertThat(spans).extracting(QuoteSpan::text).containsExactly("a real quote");
        assertThat(spans.get(0).open()).isEqualTo(text.indexOf("“a real"));
    }

    @Test
    void anInchMarkGluedToANumberIsNotAQuote() {
        String text = "The plates were 5\" thick and \"heavily armoured\" too.";

        assertThat(texts(text)).containsExactly("heavily armoured");
    }

    @Test
    void twoHundredThousandStrayMarksAreScannedInOnePass() {
        String curly = "“ ".repeat(200_000);
        String straight = "\"".repeat(200_000);
        String closing = "x” ".repeat(200_000);

        assertThat(QuoteMarkScanner.scan(curly)).isEmpty();
        assertThat(QuoteMarkScanner.scan(straight)).isEmpty();
        assertThat(QuoteMarkScanner.scan(closing)).isEmpty();
    }

    @Test
    void straightSingleQuotesAreQuotationMarksInATextWithoutDoubleOnes() {
        String text = "'We have waited ten years,' the minister said. 'It's the farmers' victory.' Officials didn't comment.";

        List<QuoteSpan> spans = QuoteMarkScanner.scan(text);

        assertThat(spans).extracting(QuoteSpan::text).containsExactly("We have waited ten years,", "It's the farmers' victory.");
        assertThat(spans).allSatisfy(q -> assertThat(text.substring(q.textStart(), q.textEnd())).isEqualTo(q.text()));
    }

    @Test
    void straightSingleQuotesAreApostrophesWhenTheTextUsesDoubleMarks() {
        String text = "\"We will sign,\" the minister said of the states' plan, 'a start' at best.";

        assertThat(texts(text)).containsExactly("We will sign,");
    }
}
