package org.treatybriefing.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer(LanguageModels.shared());

    private List<String> words(String text) {
        return analyzer.analyze(text).sentences().stream()
                .flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void plainWordsStayWholeWithoutTheModel() {
        // letters-only words skip the tokenizer model: a mixed-case name is one token
        assertThat(words("Regulators at NordFin met the StreamPlayer team.")).containsExactly(
                "Regulators", "at", "NordFin", "met", "the", "StreamPlayer", "team", ".");
    }

    @Test
    void wordsWithPunctuationOrDigitsAndLettersStillGoToTheModel() {
        assertThat(words("The fund, worth 3bn, is new.")).containsExactly("The", "fund", ",", "worth", "3", "bn", ",", "is", "new", ".");
    }

    @Test
    void possessivesDashesAndHyphenatedStatesAreSplit() {
        assertThat(words("Okafor's view of the Chile-Norway pact—signed today.")).containsSubsequence(
                "Okafor", "'s", "Chile", "-", "Norway", "pact", "—", "signed");
    }

    @Test
    void offsetsPointIntoTheArticle() {
        String text = "First paragraph here.\n\nThe minister said it \"works\".";
        AnalyzedText analyzed = analyzer.analyze(text);
        for (Sentence s : analyzed.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
        assertThat(analyzed.paragraphs()).hasSize(2);
    }

    @Test
    void verbsGetLemmasAndOtherWordsTheirLowerCase() {
        List<Token> tokens = analyzer.analyze("The ministers warned that Talks continue.").sentences().get(0).tokens();
        assertThat(tokens).filteredOn(t -> t.text().equals("warned")).extracting(Token::lemma).containsExactly("warn");
        assertThat(tokens).filteredOn(t -> t.text().equals("ministers")).extracting(Token::lemma).containsExactly("ministers");
    }
}
