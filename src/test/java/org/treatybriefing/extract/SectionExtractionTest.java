package org.treatybriefing.extract;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbered articles of the treaty and the areas the text says it covers. */
class SectionExtractionTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());

    private static List<SectionFact> sections(String text) {
        return EXTRACTOR.extract(text).sections();
    }

    private static List<String> areas(String text) {
        return sections(text).stream().filter(s -> s.kind().equals("area")).map(SectionFact::label).toList();
    }

    @Test
    void articleNumbersBecomeArticleRowsWithTheirSentence() {
        String text = "Article 5 of the treaty obliges the parties to consult each other. "
                + "Articles 7 and 9 deal with fisheries.";

        List<SectionFact> articles = sections(text).stream().filter(s -> s.kind().equals("article")).toList();

        assertThat(articles).extracting(SectionFact::label).containsExactly("Article 5", "Article 7", "Article 9");
        assertThat(articles.get(0).detail()).isEqualTo("Article 5 of the treaty obliges the parties to consult each other.");
    }

    @Test
    void anOilDealCoversEnergyWhateverElseItsSentencesSay() {
        assertThat(areas("Norway and Chile signed an oil deal on Monday. The oil deal was welcomed by both capitals."))
                .containsExactly("energy");
    }

    @Test
    void areasComeFromASentenceSayingTheTreatyCoversThem() {
        String text = "The treaty covers cooperation in transport and agriculture.";

        List<SectionFact> sections = sections(text);

        assertThat(sections).extracting(SectionFact::kind).containsOnly("area");
        assertThat(sections).extracting(SectionFact::label).containsExactly("transport", "agriculture");
        assertThat(sections).extracting(SectionFact::detail).containsExactly("transport", "agriculture");
    }

    @Test
    void anAreaWordInAnUnrelatedSentenceIsNotAnArea() {
        String text = "The treaty covers cooperation in transport and agriculture. Oil prices rose sharply on Monday.";

        assertThat(areas(text)).containsExactly("transport", "agriculture");
    }

    @Test
    void anAreaWordBeforeTheCoverageSentenceIsNotAnArea() {
        String text = "Tourism and sports were discussed at a separate meeting. The treaty includes provisions on farming.";

        assertThat(areas(text)).containsExactly("agriculture");
    }

    @Test
    void whatTheAgreementDoesGivesItsAreas() {
        assertThat(areas("The harbour treaty would also set up a programme to develop new technology."))
                .containsExactly("science-technology");
    }

    @Test
    void aSentenceAboutThePactThatSaysNothingOfCoverageGivesNoArea() {
        assertThat(areas("The pact was signed after a long dispute over oil prices.")).isEmpty();
    }

    @Test
    void aSentenceAboutTheAgreementThatSaysNothingOfCoverageGivesNoArea() {
        assertThat(areas("The agreement was signed as oil prices rose sharply on world markets.")).isEmpty();
    }

    @Test
    void itIncludesAfterATreatySentenceGivesAreas() {
        String text = "The treaty was signed in Oslo. It includes provisions on farming and education.";

        assertThat(areas(text)).containsExactly("agriculture", "culture-education");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Both sides hope to reach a deal over state aid for shipyards.                            | trade
            The two states began work on an accord on fishing in the northern waters.              | agriculture
            Norway signed a deal to buy twenty tractors, including purchases of spare parts.       | trade
            Norway and Chile have agreed to begin talks on ending subsidies to the shipyards.       | trade
            The accord, which aims to cut tariffs, was welcomed in both capitals.                    | trade
            Chile hailed a deal bringing Norway closer to bloc membership as "a good day for peace". | politics
            Under the new pact, Norway was granted most-favoured-nation status.                     | trade
            The accord will cut tariffs on farm goods.                                               | trade; agriculture
            Norway signed an accord with Chile on fishing on Monday.                                 | agriculture
            Norway and Chile signed the arms pact on Monday.                                         | defence
            Norway signed the treaty of accession on Monday.                                         | politics
            """)
    void whatAnAgreementIsAboutGivesItsAreas(String text, String expected) {
        assertThat(areas(text)).containsExactlyInAnyOrder(expected.split("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway has agreed to lower tariffs on steel.
            The 1992 agreement on steel subsidies was ended last year.
            The deal was hailed by a minister who said "trade will boom".
            Chile signed the deal in Port Vale after talks on oil prices.
            The minister praised the jobs deal, while cutting taxes for small firms.
            Chile is also trying to strike a similar deal on oil with Peru.
            """)
    void wordsNotAboutTheAgreementGiveNoArea(String text) {
        assertThat(areas(text)).isEmpty();
    }
}
