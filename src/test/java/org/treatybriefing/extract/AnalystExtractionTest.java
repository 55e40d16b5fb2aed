package org.treatybriefing.extract;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Experts the article cites for analysis, with their title and organisation. */
class AnalystExtractionTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());

    private static List<AnalystFact> analysts(String text) {
        return EXTRACTOR.extract(text).analysts();
    }

    @Test
    void directorOfAProgramAtACenter() {
        String text = "Maria Lopez, the director of the Arctic program at the Lakeside Policy Center, "
                + "said the deal was mostly symbolic.";

        assertThat(analysts(text)).containsExactly(
                new AnalystFact("Maria Lopez", "director of the Arctic program", "Lakeside Policy Center"));
    }

    @Test
    void seniorFellowAtAFoundation() {
        String text = "\"Both capitals wanted a quick win,\" said Peter Novak, a senior fellow at the Baltic Sea Foundation.";

        assertThat(analysts(text)).containsExactly(
                new AnalystFact("Peter Novak", "senior fellow", "Baltic Sea Foundation"));
    }

    @Test
    void anOrganisationAfterAPlacesPossessive() {
        String text = "\"The rouble will stay weak,\" said Ivan Petrov, a strategist at Moscow's Northwind Securities.";

        assertThat(analysts(text)).containsExactly(new AnalystFact("Ivan Petrov", "strategist", "Northwind Securities"));
    }

    @Test
    void aKnownOrganisationBeforeAPossessiveStaysTheOrganisation() {
        String text = "\"Growth will slow,\" said Anna Berg, a senior fellow at the IMF's Research Institute.";

        assertThat(analysts(text)).extracting(AnalystFact::organization).containsExactly("IMF");
    }

    @Test
    void possessiveOrganisationBeforeTheTitle() {
        String text = "The Riverside Institute's senior fellow Hannah Kim said the pact would reshape regional trade for years.";

        List<AnalystFact> analysts = analysts(text);

        assertThat(analysts).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Hannah Kim");
            assertThat(a.title()).isEqualToIgnoringCase("senior fellow");
            assertThat(a.organization()).isEqualTo("Riverside Institute");
        });
    }

    @Test
    void anOfficialIsNotAnAnalyst() {
        String text = "\"We will ratify the pact this year,\" said Foreign Minister Tomas Lind. "
                + "Ingrid Dahl, the Norwegian defence minister, said the pact would be ratified this year.";

        Extraction e = EXTRACTOR.extract(text);

        assertThat(e.analysts()).isEmpty();
        assertThat(e.speakers()).extracting(SpeakerFact::name).contains("Tomas Lind");
    }

    @Test
    void onlyTheExpertAmongAnOfficialAndAnExpertIsAnAnalyst() {
        String text = "Foreign Minister Tomas Lind said the pact would be ratified this year. "
                + "\"Nobody should expect miracles from this pact,\" said Hannah Kim, a researcher at the Riverside Institute.";

        assertThat(analysts(text)).extracting(AnalystFact::name).containsExactly("Hannah Kim");
    }

    /** At a research body, any title but a spokesperson's, or none at all, makes an analyst. Rows write " as `. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "`The numbers are bad,` said Ann Lund, president of the Harbour Institute, a think tank. | Ann Lund | Harbour Institute",
            "`The plan failed,` said Sue Hale, now at the Riverside Institute, who studies ports.    | Sue Hale | Riverside Institute",
            "`The plan failed,` said Sue Hale, a spokeswoman for the Riverside Institute.            |          | ",
    })
    void researchBodiesMakeAnalysts(String text, String name, String organization) {
        List<AnalystFact> analysts = analysts(text.replace('`', '"'));

        if (name == null) {
            assertThat(analysts).isEmpty();
        } else {
            assertThat(analysts).extracting(AnalystFact::name, AnalystFact::organization)
                    .containsExactly(tuple(name, organization));
        }
    }

    /** A strategist who works for a candidate or a campaign speaks for it: no analyst, unless the job is over. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Senator Ann Vale spoke. `We will win,` said Tad Lund, Vale's chief strategist.                     | Tad Lund | other",
            "Senator Ann Vale spoke. `The money is there,` said Sue Hale, a top strategist in Vale's campaign.   | Sue Hale | other",
            "Senator Ann Vale spoke. `It is close,` said Rob Kent, chief strategist for Vale's campaign four years ago. | Rob Kent | analyst",
            "Senator Ann Vale spoke. `It is close,` said Rob Kent, a Republican strategist.                      | Rob Kent | analyst",
    })
    void campaignStaffAreNoAnalysts(String text, String name, String type) {
        Extraction e = EXTRACTOR.extract(text.replace('`', '"'));

        assertThat(e.speakers()).filteredOn(sp -> sp.name().equals(name)).extracting(SpeakerFact::type).containsExactly(type);
    }
}
