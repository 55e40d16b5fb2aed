package org.treatybriefing.extract;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotations and the rule that finds their speaker, one row per rule (textacy's table-driven
 * style). Rows write a quotation mark as ` so that CSV rows can hold them, a paragraph break
 * as ¶ and a line break inside a paragraph as ↵. Invented names.
 */
class QuoteRulesTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());

    @ParameterizedTest(name = "{3}: {0}")
    @CsvSource(delimiter = '|', value = {
            "`We will not give up on the harbour,` Harbour Club organising director Ann Vale told the paper.  | We will not give up | Ann Vale | speaker-then-verb-after-quote",
            "`We will not give up on the harbour,` Sen. Ann Vale (D-Ohio) said on Tuesday.                    | We will not give up | Ann Vale | speaker-then-verb-after-quote",
            "`We will not give up on the harbour,` said flood widow Ann Vale.                                 | We will not give up | Ann Vale | verb-then-speaker-after-quote",
            "`We will not give up on the harbour.` ― Ann Vale                                                  | We will not give up | Ann Vale | credited-after-dash",
            "`The port is a disgrace.` ― Tom Hall↵`We will not give up on the harbour.`\u00a0― Ann Vale.↵`Build it.` ― Tom Berg | We will not give up | Ann Vale | credited-after-dash",
            "Ann Vale toured the port. `Why is this not proof that the port failed?` Vale demanded.          | Why is this not proof | Ann Vale | speaker-then-verb-after-quote",
            "`The port has been closed for most of the year.`¶- Ann Vale.¶The figure is out of date.          | The port has been closed | Ann Vale | credited-after-dash",
            "`She will get the harbour keys, too.`¶-President Tom Berg, writing after the speech.          | She will get the harbour keys | Tom Berg | credited-after-dash",
            "`We are done with the harbour board,` said Norland harbour-supply executive Tom Berg, who backed the plan. | We are done with the harbour | Tom Berg | verb-then-speaker-after-quote",
            "`Many ballots of ours did not count,` said Meenakshi Gangul of the Harbour Watch, who observed the vote. | Many ballots of ours | Meenakshi Gangul | verb-then-name-after-quote",
            "`This is a huge win for the harbour,` CWA President Tom Berg said.                              | This is a huge win | Tom Berg | speaker-then-verb-after-quote",
            "Ann Vale spoke. Said Vale, `Losing the harbour is very painful to us.`                          | Losing the harbour | Ann Vale | speech-verb-before-quote",
            "Ann Vale spoke. Stated Tom Berg:¶`I think the stakes are so high for the harbour.`              | I think the stakes | Tom Berg | introduced-with-colon",
            "`A staged harbour would be a stretch for the town,` Ann Vale of the Center for Harbour Studies wrote in December. | A staged harbour | Ann Vale | speaker-then-verb-after-quote",
            "Senator Ann Vale spoke first. Vale: `We will not give up on the harbour.`                        | We will not give up | Ann Vale | name-then-colon",
            "Senator Ann Vale on the Harbour Vote: `We Will Not Give Up.`¶The vote was close on Monday.    | We Will Not Give Up | Ann Vale | headline-speaker-before-colon",
            "Ann Vale, a friend of Senator Tom Berg who chairs the harbour board, said, `We will not give up.` | We will not give up | Ann Vale | speech-verb-before-quote",
            "Critics called the port a failure. Ann Vale asked, `Why should we give up now?`                  | Why should we give up | Ann Vale | speech-verb-before-quote",
            "Susan Berg, 18, from Lisbon, disagrees. `Why should we give up now?` she said.                    | Why should we give up | Susan Berg | speaker-then-verb-after-quote+pronoun",
            "Harbour Party campaign spokeswoman Ann Vale said, `We will not give up on the harbour.`           | We will not give up | Ann Vale | speech-verb-before-quote",
            "Senator Tom Berg met the mayor. Berg campaign manager Ann Vale said, `We will not give up.`       | We will not give up | Ann Vale | speech-verb-before-quote",
            "Ann Vale branded the harbour plan `a waste of everything the town has saved.`                    | a waste of everything | Ann Vale | subject-of-quote-sentence",
            "Ann Vale toured the port. `Where did the harbour money go?` Vale asked the council.            | Where did the harbour money go | Ann Vale | speaker-then-verb-after-quote",
            "Ann Vale toured the port. `We will never give up the harbour!` Vale fumed on Tuesday.          | We will never give up | Ann Vale | speaker-then-verb-after-quote",
            "Susan Berg met the crew. Ann Vale spoke next, telling the paper, `We will not give up,` she said. | We will not give up | Ann Vale | speaker-then-verb-after-quote+pronoun",
            "The polls agree on the port. Turnout was high - Ann Vale: `The harbour vote was closer than anyone thought.` | The harbour vote was closer | Ann Vale | name-then-colon",
            "The harbour has flooded twice. As Ann Vale put it: `The harbour will flood every spring.`       | The harbour will flood | Ann Vale | speech-verb-before-quote",
            "Ann Vale toured the port. `We will not give up on the harbour.` Vale said.                      | We will not give up | Ann Vale | speaker-then-verb-after-quote",
            "After Tom Berg said the port was safe, Ann Vale said: `We will not give up on the harbour.`       | We will not give up | Ann Vale | speech-verb-before-quote",
            "Democrat Ann Vale took a swipe at rival Tom Berg on Monday, saying: `We will not give up on the harbour.` | We will not give up | Ann Vale | speech-verb-before-quote",
            "Ann Vale met Tom Berg. `They are all here because he is promising free stuff,` Vale shot back with a laugh. | They are all here | Ann Vale | speaker-then-verb-after-quote",
            "`The harbour could win in a landslide,` Vigneault concludes.                                   | The harbour could win | Vigneault | speaker-then-verb-after-quote",
            "`It was the least bad outcome,` Mr. Berg of the Harbour Club said.                              | It was the least bad outcome | Berg | speaker-then-verb-after-quote",
            "`It is an invasion of the harbour,` Ann Vale, the attorney general of Norland, one of the states suing the port, said at an event. | It is an invasion | Ann Vale | speaker-then-verb-after-quote",
            "Tom Berg met the crew. Asked who leads, he said Vale. `We will not give up on us,` he said.      | We will not give up | Tom Berg | speaker-then-verb-after-quote+pronoun",
            "`It is a sad day,` said Rep. A.B. Vale (D-Ohio), head of the caucus. `Tom Berg is a fraud.`       | It is a sad day | A.B. Vale | verb-then-speaker-after-quote",
            "`We decided,` said C. Stewart Lund Jr., a senior official. `In cases where lists fail, we act.` | We decided | C. Stewart Lund Jr. | verb-then-speaker-after-quote",
            "The early surge does not surprise pollster Ann Vale: `Newcomers gain most in early contests.` | Newcomers gain most | Ann Vale | named-before-colon",
            "The council met. Ann Vale had a message for the council on Monday: `Build the harbour now.`    | Build the harbour now | Ann Vale | subject-before-colon",
            "Ann Vale met Tom Berg. `You have called the harbour a swamp,` Vale charged in her column.      | You have called the harbour | Ann Vale | speaker-then-other-verb-after-quote",
            "Speaking in Salem, New Hampshire, Tom Berg went after Vale. He says, `Here is a guy nobody would hire.` | Here is a guy | Tom Berg | speech-verb-before-quote+pronoun",
            "The town grew. `The risk,` said Ann Vale, the director of the Harbour Forecast, `is that we are left behind.` | The risk is that we are left behind | Ann Vale | verb-then-speaker-after-quote",
            "Ann Vale ran the firm. In June, a desperate NHC asked workers to take a pay cut. `This is a choice between two hills,` she said. | This is a choice | Ann Vale | speaker-then-verb-after-quote+pronoun",
            "The report came out. Last week, the bureau director, Tom Berg, cleared her, but he called her acts `extremely careless and reckless.` | extremely careless | Tom Berg | speech-verb-before-quote+pronoun",
            "Ann Vale spoke on Monday. As for Tom Berg, he is not worried. `First of all, I think I am going to win the vote,` he said. | First of all | Tom Berg | speaker-then-verb-after-quote+pronoun",
            "The pope spoke. `The pope said what we all know,` the Harbour Board spokesman, Tom Lund, told the radio. | The pope said what we all know | Tom Lund | speaker-then-verb-after-quote+role",
            "The boy joined a club. `It may have been his first attempt to stand up to his father,` said his best friend at college, Tom Lund, who roomed with him. | It may have been | Tom Lund | verb-then-description-then-name-after-quote",
            "The poll came out. `She is weaker as a candidate than I expected,` said Whit Lund, who was a pollster for the campaign. | She is weaker | Whit Lund | verb-then-name-after-quote",
            "The race went on. Asked whether the wait had been hard for Mr. Lund, Mr. Daly said: `Of course. He wanted to run.` | Of course | Daly | speech-verb-before-quote",
            "The race went on. Asked by Ann Vale to respond to the criticism, Tom Berg said, `What does it say about the harbour?` | What does it say | Tom Berg | speech-verb-before-quote",
            "The race went on. Responding to Berg's remarks, Ann Vale wrote: `Well, I think what the harbour needs is a plan.` | Well, I think | Ann Vale | speech-verb-before-quote",
            "Investor Tom Cuban spoke on Sunday. `It is more of a consideration than it was,` Cuban said in an interview. | It is more of a consideration | Tom Cuban | speaker-then-verb-after-quote",
            "Norland and Sudmark signed the harbour accord in May. Before the convention, the Harbour Board released a plan, offering `a deep and sincere apology to the town.` | a deep and sincere apology | Harbour Board | subject-of-quote-sentence+organization",
            "Congresswoman Robin Lund met the board and later Congressman Jody Berg on the pier. Berg spoke first. `We will not give up the harbour,` she said. | We will not give up | Robin Lund | speaker-then-verb-after-quote+pronoun",
            "The union met. `We are extremely happy` about the decision, said Rosa Lund, director of the harbour union. | We are extremely happy | Rosa Lund | verb-then-speaker-ending-the-sentence",
            "The polls moved. `The harbour needs a plan for its voters,` Tom Lund, the polling guru who founded the site, wrote on Monday. | The harbour needs a plan | Tom Lund | speaker-then-verb-after-quote",
            "Ann Vale met the crew. On Monday, Vale campaign manager Robby Lund released a memo. In it, he says Vale has `built a lead that is nearly insurmountable.` | Vale has | Robby Lund | speech-verb-before-quote+pronoun",
            "Tom Weaver met the crew. Weaver says that `the harbour plan will not survive the winter` in the town. | the harbour plan will not survive | Tom Weaver | speech-verb-before-quote",
    })
    void theSpeakerAndTheRuleThatFoundThem(String text, String quoteStart, String speaker, String rule) {
        List<QuoteFact> quotes = EXTRACTOR.extract(text.strip().replace('`', '"').replace("¶", "\n\n").replace("↵", "\n")).quotes();

        List<QuoteFact> hits = quotes.stream().filter(q -> q.text().startsWith(quoteStart)).toList();
        assertThat(hits).as("quotes starting with '%s' in %s", quoteStart, quotes).hasSize(1);
        assertThat(hits.get(0).speaker()).isEqualTo(speaker);
        assertThat(hits.get(0).rule()).isEqualTo(rule);
    }

    /** "self-proclaimed", "so-called": a speech verb inside a compound adjective introduces nobody's words. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ann Vale toured the port. The blow fell on Norland's self-proclaimed `harbour of peace` throughout the region. | harbour of peace",
    })
    void aCompoundAdjectiveIsNoSpeechVerb(String text, String quoteStart) {
        List<QuoteFact> quotes = EXTRACTOR.extract(text.strip().replace('`', '"')).quotes();

        assertThat(quotes).filteredOn(q -> q.text().startsWith(quoteStart))
                .allSatisfy(q -> assertThat(q.speaker()).isEmpty());
    }
}
