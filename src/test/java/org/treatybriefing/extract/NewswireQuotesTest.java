package org.treatybriefing.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Two apostrophes (or backquotes) as a double quotation mark, rewritten without moving any offset. */
class NewswireQuotesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "''We will sign,'' she said.          | ~ \"We will sign,\"  she said.~",
            "He called it ''a good deal.''        | ~He called it  \"a good deal.\" ~",
            "``Not now,'' he said.                | ~ \"Not now,\"  he said.~",
            "the farmers' union's plan            | ~the farmers' union's plan~",
            "a ''''' row of marks                 | ~a ''''' row of marks~",
            "''Told, 'it is special,''' he said.  | ~ \"Told, 'it is special,'\"  he said.~",
            "'''Go,' they said,'' she wrote.      | ~ \"'Go,' they said,\"  she wrote.~",
    })
    void pairsBecomeOneMarkAndASpace(String text, String expected) {
        String normalized = NewswireQuotes.normalize(text.strip());

        assertThat(normalized).isEqualTo(expected);
        assertThat(normalized).hasSameSizeAs(text.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "~''We have waited a long time for this,'' said Jane Doe, the minister.~ | We have waited a long time for this",
            "~Jane Doe said: ''The parties will meet again in May.''~                | The parties will meet again in May",
            "~''We are told, 'it is special,''' Jane Doe said.~                      | We are told, 'it is special,'",
    })
    void newswireQuotesAreFoundAsQuotes(String text, String quoted) {
        assertThat(QuoteMarkScanner.scan(NewswireQuotes.normalize(text)))
                .extracting(q -> QuoteExtractor.trimSentencePunctuation(q.text()))
                .containsExactly(quoted);
    }
}
