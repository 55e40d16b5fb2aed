package org.treatybriefing.nlp;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shallow syntax on tagged sentences: noun phrases read from their head, clause ends. */
class ChunkerTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer(LanguageModels.shared());

    private static List<Token> tokens(String sentence) {
        return ANALYZER.analyze(sentence).sentences().get(0).tokens();
    }

    private static int index(List<Token> t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + t);
    }

    private static String words(List<Token> t, int from, int to) {
        return String.join(" ", t.subList(from, to).stream().map(Token::text).toList());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Political experts said the plan would fail.                  | experts   | Political experts",
            "The head of the agency said the plan would fail.             | agency    | The head of the agency",
            "The group's deputy director said the plan would fail.        | director  | The group 's deputy director",
            "He said the plan would fail.                                 | He        | He",
            "Officials reviewed the figures her campaign released Friday. | campaign  | her campaign",
            "Democrats and Republicans said the plan would fail.          | Republicans | Democrats and Republicans",
    })
    void aNounPhraseIsReadBackFromItsHead(String sentence, String head, String phrase) {
        List<Token> t = tokens(sentence);
        int last = index(t, head);

        assertThat(words(t, Chunker.nounPhraseStart(t, last), last + 1)).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The vote was fair, said Ann Vale, a fellow at the institute. | Ann      | Ann Vale",
            "He said the harbour plan would fail.                         | the      | the harbour plan",
    })
    void aNounPhraseIsReadOnFromItsFirstWord(String sentence, String first, String phrase) {
        List<Token> t = tokens(sentence);
        int start = index(t, first);

        assertThat(words(t, start, Chunker.nounPhraseEnd(t, start))).isEqualTo(phrase);
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "She said the vote was fair, adding that turnout was high.   | the | the vote was fair",
            "She said the vote was fair and urged officials to count it. | the | the vote was fair",
            "She said the vote was fair; the count went on.              | the | the vote was fair",
            "She said the vote was fair and the count was honest.        | the | the vote was fair and the count was honest",
    })
    void aClauseEndsWhereAnotherStatementStarts(String sentence, String from, String clause) {
        List<Token> t = tokens(sentence);
        int start = index(t, from);

        assertThat(words(t, start, Chunker.clauseEnd(t, start))).isEqualTo(clause);
    }
}
