package org.treatybriefing.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatybriefing.lexicon.LexiconLoader;

/** Sentences are not ended inside a name or between a quoted question and who asked it. */
class SentenceJoinerTest {

    private final TextAnalyzer analyzer =
            new TextAnalyzer(LanguageModels.shared(), LexiconLoader.load(Path.of("config")).abbreviations());

    private List<String> sentences(String text) {
        return analyzer.analyze(text).sentences().stream().map(Sentence::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            // title before a name
            "He was praised by Sen. Ann Vale. She agreed.            | He was praised by Sen. Ann Vale. // She agreed.",
            "Mrs. Clinton and Gov. Jeb Bush met Lt. Gen. Mike Flynn.     | Mrs. Clinton and Gov. Jeb Bush met Lt. Gen. Mike Flynn.",
            "Voters in New Hampshire go to the polls on Feb. 9 this year. | Voters in New Hampshire go to the polls on Feb. 9 this year.",
            // middle initial
            "The case was argued by Tom K. Berg, a professor.      | The case was argued by Tom K. Berg, a professor.",
            "~“We will sign it,” said Ben R. Holt Jr., the vice president.~ | ~“We will sign it,” said Ben R. Holt Jr., the vice president.~",
            // an initial opening a name
            "~“We decided,” said C. Stewart Lund Jr., a senior official.~ | ~“We decided,” said C. Stewart Lund Jr., a senior official.~",
            "~“It is sad,” said Rep. A.B. Vale (D-Ohio), the chair.~       | ~“It is sad,” said Rep. A.B. Vale (D-Ohio), the chair.~",
            // a quoted question or exclamation, then who said it
            "~“Why not?” he asked. Nobody answered.~                     | ~“Why not?” he asked. // Nobody answered.~",
            "~\"Power to the people!\" the group shouted.~               | ~\"Power to the people!\" the group shouted.~",
            // an abbreviation before a lower-case word
            "Relations with the E.U. were strained, he said.             | Relations with the E.U. were strained, he said.",
            "Sen. Ann Vale (D-Ohio) said no.                        | Sen. Ann Vale (D-Ohio) said no.",
            // sentences that do end
            "~“Is it over?” Nobody knew.~                                | ~“Is it over?” // Nobody knew.~",
            "He voted for option B. It failed.                           | He voted for option B. // It failed.",
            "The minister spoke. Then she left.                          | The minister spoke. // Then she left.",
    })
    void sentencesEndWhereTheWriterEndedThem(String text, String expected) {
        assertThat(sentences(text)).containsExactlyElementsOf(Arrays.asList(expected.split(" // ")));
    }

    @Test
    void titlesAndInitialsKeepTheirFullStopButASentenceEndDoesNot() {
        List<String> words = analyzer.analyze("It was signed by Sen. Tom Berg and Ben R. Holt.").sentences().get(0)
                .tokens().stream().map(Token::text).toList();
        assertThat(words).containsSubsequence("Sen.", "Tom", "Berg", "Ben", "R.", "Holt", ".");
    }

    @Test
    void withoutAWordListInitialsAndAttributionsAreStillJoined() {
        TextAnalyzer plain = new TextAnalyzer(LanguageModels.shared());
        assertThat(plain.analyze("“Why not?” he asked Tom K. Berg.").sentences()).hasSize(1);
    }
}
