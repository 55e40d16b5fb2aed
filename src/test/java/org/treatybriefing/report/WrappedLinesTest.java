package org.treatybriefing.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines a wrapped cell takes, from which its row's height is set. */
class WrappedLinesTest {

    @ParameterizedTest(name = "\"{0}\" in {1} columns: {2} lines")
    @CsvSource(delimiter = '|', textBlock = """
            ''                                                   | 10 | 1
            Ann Vale                                             | 10 | 1
            We will open the northern channel by spring          | 16 | 3
            We will open the northern channel by spring          | 40 | 1
            harbourmasterandpilotsandcranesandships              | 10 | 4
            'Ports to open\\nHarbour talks end'                  | 40 | 2
            """)
    void aTextWrapsAtWordsWithinItsColumn(String text, int width, int lines) {
        assertThat(WrappedLines.of(text.replace("\\n", "\n"), width)).isEqualTo(lines);
    }
}
