package org.treatybriefing.extract;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reported speech, one row per shape (textacy's table-driven style): the text, the reported
 * words, who said them, the kind and the rule that found them. Invented names and wording.
 */
class ReportedSpeechTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());

    private static final String INTRO = "Senator Ann Vale of the harbour committee met officials on Monday. ";

    /** Rows write a quotation mark as ` (CSV rows cannot hold both kinds of quote). */
    @ParameterizedTest(name = "{5}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Vale said the harbour plan would cost far more than promised.                  | the harbour plan would cost far more than promised | Ann Vale | indirect | speaker-then-verb-then-words | speaker then verb",
            "Vale told reporters that the harbour plan would cost far more.                 | the harbour plan would cost far more | Ann Vale | indirect | speaker-then-verb-then-words | listener skipped",
            "Prosecutors said a stern sentence could deter other smugglers.                 | a stern sentence could deter other smugglers | Prosecutors | indirect | speaker-then-verb-then-words+group | group as written",
            "The harbour plan would cost far more than promised, Vale said on Tuesday.      | The harbour plan would cost far more than promised | Ann Vale | indirect | words-then-speaker-then-verb | speaker after the words",
            "The harbour plan would cost far more than promised, said Vale.                 | The harbour plan would cost far more than promised | Ann Vale | indirect | words-then-verb-then-speaker | inverted",
            "The harbour plan would cost far more, according to Vale.                       | The harbour plan would cost far more | Ann Vale | indirect | words-then-according-to | according to after",
            "According to Vale, the harbour plan would cost far more.                       | the harbour plan would cost far more | Ann Vale | indirect | according-to-then-words | according to first",
            "For the northern towns, she said, the harbour plan would cost far more.        | For the northern towns the harbour plan would cost far more | Ann Vale | indirect | speaker-inside-words+pronoun | speaker inside",
            "As the Harbour Board reported, the harbour plan would cost far more than promised. | the harbour plan would cost far more than promised | Harbour Board | indirect | as-speaker-said+organization | as X reported",
            "Vale criticised the port, and has warned that the harbour plan would fail.     | the harbour plan would fail | Ann Vale | indirect | subject-of-sentence | joined verb",
            "Vale said the plan was costly, adding that the port would never open.          | the port would never open | Ann Vale | indirect | subject-of-sentence | participle",
            "Vale said the deal was `a costly mistake` for the towns.                       | the deal was `a costly mistake` for the towns | Ann Vale | partial | speech-verb-before-quote | quoted fragment absorbed",
            "A harbour engineer said the port would flood every spring.                     | the port would flood every spring | A harbour engineer | indirect | speaker-then-verb-then-words+described | someone described",
            "Vale was heard on a microphone telling Berg to get on a plane and go home.     | to get on a plane | Ann Vale | indirect | subject-of-sentence | the phrase after a preposition",
            "Vale in a blog post said the harbour plan would cost far more.                 | the harbour plan would cost far more | Ann Vale | indirect | subject-of-sentence | the phrase after a preposition",
            "Tom Berg, who is vying to be the next mayor, tweeted on Friday to say he had never backed the plan. | he had never backed the plan | Tom Berg | indirect | subject-of-sentence | a phrase cut short: the sentence's opening person",
            "Consider the case of Mr. Tom Berg. He says he plans to vote for the harbour plan.  | he plans to vote for the harbour plan | Tom Berg | indirect | speaker-then-verb-then-words+pronoun | a pronoun for someone named but never a subject",
            "Having announced that he would not close the harbour, Judge Tom Berg went on to other matters. | he would not close the harbour | Tom Berg | indirect | subject-of-sentence | an opening participle's words end at its comma; the main clause's subject speaks",
            "Vale told the paper that the board never worked with Tom Berg or Jim Lund and said the board hired the firm in 2012. | the board hired the firm in 2012 | Ann Vale | indirect | speaker-then-verb-then-words | a joined verb after reported words shares the earlier speaker, not a name in the words",
            "Vale started a petition this week calling on the board to raise the wage.      | the board to raise the wage | Ann Vale | indirect | subject-of-sentence | the object of a verb",
            "Rep. Tom Berg (D-Ohio) said the port would flood every spring.                 | the port would flood every spring | Tom Berg | indirect | speaker-then-verb-then-words+known-name | past a bracketed party",
            "The chair, Tom Berg, said the port would flood every spring.                   | the port would flood every spring | Tom Berg | indirect | speaker-then-verb-then-words | a name set off by commas",
            "Vale, who says the port is safe, said the harbour plan would cost far more.    | the harbour plan would cost far more | Ann Vale | indirect | speaker-then-verb-then-words | a later verb encloses an earlier report",
            "`It is unlikely` that the port opens this year, said Vale.                      | `It is unlikely` that the port opens this year | Ann Vale | partial | verb-then-speaker-ending-the-sentence | words opening with a quotation (the surer attribution names the speaker)",
            "Vale campaign manager Tom Berg said the port would flood every spring.         | the port would flood every spring | Tom Berg | indirect | speaker-then-verb-then-words | a name qualified by another: the head speaks",
            "Vale and committee member Tom Berg said the port would flood every spring.     | the port would flood every spring | Ann Vale | indirect | speaker-then-verb-then-words | two who speak together: the first",
            "Harbour Club President Tom Berg on Friday said the port would flood every spring. | the port would flood every spring | Tom Berg | indirect | speaker-then-verb-then-words | the time of saying between speaker and verb",
            "Norland delegate Tom Berg, wearing a shirt covered in buttons, said he's proud of the way the crew is working. | he's proud of the way the crew is working | Tom Berg | indirect | speaker-then-verb-then-words+known-name | a contraction after the verb is no speaker after it",
            "Susan Hill voiced support for harbour candidate Tom Berg on Wednesday, saying she liked his plans for the port. | she liked his plans for the port | Susan Hill | indirect | subject-of-sentence | a participle carries on the main clause's subject",
            "Harbour Club President Tom Berg issued a statement saying the port would flood every spring. | the port would flood every spring | Tom Berg | indirect | speaker-then-verb-then-words+issuer | a statement speaks for who issued it",
    })
    void reportedWordsAndTheirSpeaker(String sentence, String words, String speaker, String kind, String rule, String shape) {
        String expected = words.replace('`', '"');
        List<QuoteFact> quotes = EXTRACTOR.extract(INTRO + sentence.replace('`', '"')).quotes();

        List<QuoteFact> hits = quotes.stream().filter(q -> q.text().equals(expected)).toList();
        assertThat(hits).as(shape + " in " + quotes).hasSize(1);
        QuoteFact q = hits.get(0);
        assertThat(q.speaker()).isEqualTo(speaker);
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(q.rule()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Vale did not say whether the harbour plan would cost more.        | nothing was said",
            "Vale denied opposition claims that she had hidden the real costs. | someone else's claims",
            "The towns where the greens say the port will harm the river wait. | relative clause",
            "Vale said in a speech at the harbour on Tuesday.                  | circumstances only",
            "Vale was told by officials that the harbour plan would cost more. | the subject listened",
            "Nobody called the office about the harbour plan on Tuesday.       | a call is no statement",
            "The towns agreed a new harbour plan with the port authority.      | an agreement is no statement",
    })
    void nothingIsReported(String sentence, String why) {
        assertThat(EXTRACTOR.extract(INTRO + sentence).quotes()).as(why).isEmpty();
    }

    /** A later report cutting an earlier one short never breaks the earlier one's text (it once threw). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "For voters, he said, and officials said the shift was a matter of habit now.",
            "In the end, she said, and the minister said the deal was good for the whole coast.",
            "The vote, according to officials, and the party said it would appeal the ruling soon.",
    })
    void aShortenedReportKeepsAWellFormedText(String sentence) {
        List<QuoteFact> quotes = EXTRACTOR.extract(INTRO + sentence).quotes();

        assertThat(quotes).isNotEmpty().allSatisfy(q -> assertThat(q.start()).isLessThan(q.end()));
    }
}
