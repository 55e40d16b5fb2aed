package org.treatybriefing.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;

/** The treaty's name, duration, number of articles and place of signing. */
class TreatyExtractionTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());

    private static TreatyFact treaty(String text) {
        return EXTRACTOR.extract(text).treaty();
    }

    @Test
    void nameIsTheCapitalisedPhraseEndingInATreatyNoun() {
        TreatyFact t = treaty("Norway and Chile signed the Fjord Cooperation Treaty on Monday. "
                + "The Fjord Cooperation Treaty replaces older arrangements.");

        assertThat(t.name()).isEqualTo("Fjord Cooperation Treaty");
    }

    @Test
    void pactAndAgreementNamesAreFoundToo() {
        assertThat(treaty("The leaders signed the Southern Cone Energy Pact on Tuesday.").name())
                .isEqualTo("Southern Cone Energy Pact");
        assertThat(treaty("Officials praised the Blue Water Fisheries Agreement at length.").name())
                .isEqualTo("Blue Water Fisheries Agreement");
    }

    @Test
    void noCapitalisedTreatyPhraseMeansNoName() {
        assertThat(treaty("The two states signed a new agreement on fisheries on Monday.").name()).isEmpty();
    }

    @Test
    void aQuotedTreatyNameIsTakenWhole() {
        assertThat(treaty("The two states signed the \"Northern Sea Friendship Treaty\" on Friday.").name())
                .isEqualTo("Northern Sea Friendship Treaty");
    }

    @Test
    void aSeatOfGovernmentIsSignedAtInItsCity() {
        TreatyFact t = treaty("Norway and Chile signed the Fjord Cooperation Treaty at the Elysee on Monday.");

        assertThat(t.signedAt()).isEqualTo("Elysee");
        assertThat(t.signedCity()).isEqualTo("Paris");
    }

    @Test
    void aCityIsItsOwnCity() {
        TreatyFact t = treaty("Norway and Chile signed the Fjord Cooperation Treaty in Oslo on Monday.");

        assertThat(t.signedAt()).isEqualTo("Oslo");
        assertThat(t.signedCity()).isEqualTo("Oslo");
    }

    @Test
    void durationAndArticleCountComeFromYearAndArticleAdjectives() {
        TreatyFact t = treaty("The two states signed a 20-year strategic agreement on Monday. "
                + "The 47-article document covers energy and trade.");

        assertThat(t.durationYears()).isEqualTo(20);
        assertThat(t.articlesTotal()).isEqualTo(47);
    }

    @Test
    void noDurationOrArticleCountWhenTheTextGivesNone() {
        TreatyFact t = treaty("The two states signed a strategic agreement on Monday.");

        assertThat(t.durationYears()).isNull();
        assertThat(t.articlesTotal()).isNull();
    }

    @Test
    void aPreviousAgreementsDurationIsNotTaken() {
        TreatyFact t = treaty("The previous 10-year agreement expired in March. "
                + "The new 25-year pact was signed on Monday.");

        assertThat(t.durationYears()).isEqualTo(25);
    }

    @Test
    void aPreviousAgreementAloneGivesNoDuration() {
        TreatyFact t = treaty("The previous 10-year agreement expired in March. Officials are now drafting a new text.");

        assertThat(t.durationYears()).isNull();
    }

    @Test
    void theNewDurationIsTakenFromASentenceThatAlsoNamesThePreviousOne() {
        TreatyFact t = treaty("The new 25-year pact replaces the previous 10-year agreement, which expired in March.");

        assertThat(t.durationYears()).isEqualTo(25);
    }

    @Test
    void signedAtIsTheCapitalAfterInInTheSigningSentence() {
        TreatyFact t = treaty("Talks in Madrid failed last year. "
                + "The Southern Cone Energy Pact was finally signed in Lisbon.");

        assertThat(t.signedAt()).isEqualTo("Lisbon");
    }

    @Test
    void signedAtIgnoresACapitalWhereOnlyTalksWereHeld() {
        TreatyFact t = treaty("The Southern Cone Energy Pact was signed in Paris after months of talks.");

        assertThat(t.signedAt()).isEqualTo("Paris");
        assertThat(treaty("The two states signed the Southern Cone Energy Pact on Monday.").signedAt()).isEmpty();
    }

    @Test
    void oneProperNounBeforeACapitalisedTreatyNounIsAName() {
        String text = "Delegates met in Geneva to review the Lugano Protocol on river pollution, which took effect in 2001.";

        assertThat(treaty(text).name()).isEqualTo("Lugano Protocol");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway ratified the Convention on Fjord Fisheries on Monday.          | Convention on Fjord Fisheries
            Iceland has never joined the Treaty of the Northern Harbours.         | Treaty of the Northern Harbours
            Norway ratified the Treaty on Arctic Shipping and Fisheries in Oslo.  | Treaty on Arctic Shipping and Fisheries
            Ann Vale said Norway would ratify the Fjord Charter Treaty soon.      | Fjord Charter Treaty
            Norway and Iceland signed the Accord on Monday.                       | ''
            Two harbour firms signed a Memorandum of Understanding on Friday.     | ''
            """)
    void aNameMayFollowItsAgreementNoun(String text, String name) {
        assertThat(treaty(text).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Arctic Fisheries Accord was signed in Oslo and is valid for 30 years. Norway and Chile signed the Fjord Cooperation Treaty in Santiago on Monday. | Santiago | ''
            The previous fisheries deal was signed in Oslo in 1990. Norway and Chile signed a new fisheries deal in Santiago on Monday.                         | Santiago | ''
            Norway and Chile signed the Fjord Cooperation Treaty on Monday. The Arctic Fisheries Accord, a 40-article text, was signed in Oslo.               | ''       | ''
            Norway and Chile signed the Fjord Cooperation Treaty on Monday. The Fjord Cooperation Agreement was signed in Santiago and is valid for 30 years.   | Santiago | 30
            """)
    void anotherAgreementsSentencesGiveNoFactsOfThisOne(String text, String signedAt, String duration) {
        TreatyFact t = treaty(text);

        assertThat(t.signedAt()).isEqualTo(signedAt);
        assertThat(t.durationYears()).isEqualTo(duration.isEmpty() ? null : Integer.valueOf(duration));
        assertThat(t.articlesTotal()).isNull();
    }
}
