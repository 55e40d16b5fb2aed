package org.treatybriefing.extract;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;

/** States an article names, and which of them it says signed the treaty. */
class PartyExtractionTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());

    private static List<PartyFact> parties(String text) {
        return EXTRACTOR.extract(text).parties();
    }

    private static PartyFact party(List<PartyFact> parties, String name) {
        return parties.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + parties));
    }

    @Test
    void statesAreFoundByNameCapitalAndDemonym() {
        String text = "Norway and Chile signed the Fjord Cooperation Treaty in Oslo on Monday. "
                + "Japanese officials welcomed the deal, and Berlin said it was studying the text.";

        List<PartyFact> parties = parties(text);

        assertThat(parties).extracting(PartyFact::name)
                .containsExactlyInAnyOrder("Norway", "Chile", "Japan", "Germany");
        assertThat(party(parties, "Norway").mentions()).isEqualTo(2);
    }

    @Test
    void statesNamedBeforeSignedAreSignatoriesAndTheOthersAreOther() {
        String text = "Norway and Chile signed the Fjord Cooperation Treaty on Monday. "
                + "Japanese officials welcomed the deal, and Berlin said it was studying the text.";

        List<PartyFact> parties = parties(text);

        assertThat(party(parties, "Norway").role()).isEqualTo("signatory");
        assertThat(party(parties, "Chile").role()).isEqualTo("signatory");
        assertThat(party(parties, "Japan").role()).isEqualTo("other");
        assertThat(party(parties, "Germany").role()).isEqualTo("other");
    }

    @Test
    void aPairNamedBeforeTheAgreementNounAreItsSignatoriesEvenInAHeadline() {
        String text = "Leaders hail Norway-EU talks deal\n\nThe deal opens formal talks on fishing rights after a long summit.";

        List<PartyFact> parties = parties(text);

        assertThat(party(parties, "Norway").role()).isEqualTo("signatory");
        assertThat(party(parties, "European Union").role()).isEqualTo("signatory");
    }

    @Test
    void demonymsBeforeConcludedMakeSignatories() {
        String text = "Kenyan and Tanzanian negotiators concluded the pact after two years of talks.";

        List<PartyFact> parties = parties(text);

        assertThat(party(parties, "Kenya").role()).isEqualTo("signatory");
        assertThat(party(parties, "Tanzania").role()).isEqualTo("signatory");
    }

    @Test
    void agreementBetweenTwoStatesInASigningSentenceMakesThemSignatories() {
        String text = "Ministers signed the agreement between Kenya and Tanzania on Friday.";

        List<PartyFact> parties = parties(text);

        assertThat(party(parties, "Kenya").role()).isEqualTo("signatory");
        assertThat(party(parties, "Tanzania").role()).isEqualTo("signatory");
    }

    @Test
    void agreementBetweenTwoStatesMakesThemSignatoriesWithoutASigningVerb() {
        String text = "The agreement between Kenya and Tanzania covers trade and fisheries. Egypt was not involved.";

        List<PartyFact> parties = parties(text);

        assertThat(party(parties, "Kenya").role()).isEqualTo("signatory");
        assertThat(party(parties, "Tanzania").role()).isEqualTo("signatory");
        assertThat(party(parties, "Egypt").role()).isEqualTo("other");
    }

    @Test
    void aCapitalAfterInIsAPlaceNotASignatory() {
        String text = "In Paris, Kenya and Tanzania signed the Blue Water Agreement on Friday.";

        List<PartyFact> parties = parties(text);

        assertThat(party(parties, "France").role()).isEqualTo("other");
        assertThat(party(parties, "Kenya").role()).isEqualTo("signatory");
        assertThat(party(parties, "Tanzania").role()).isEqualTo("signatory");
    }

    @Test
    void statesMentionedWithoutASigningSentenceAreOther() {
        String text = "Brazil welcomed the news. Mexico said it had concerns about the new trade rules.";

        assertThat(parties(text)).extracting(PartyFact::role).containsOnly("other");
    }

    @Test
    void aliasesHoldCapitalsAndFormalNamesButNotDemonyms() {
        String text = "The Federal Republic of Germany and the French Republic signed the Rhine Friendship Compact. "
                + "Paris hosted the ceremony, and Japanese diplomats attended.";

        List<PartyFact> parties = parties(text);

        assertThat(party(parties, "Germany").aliases()).containsExactly("Federal Republic of Germany");
        assertThat(party(parties, "France").aliases()).containsExactlyInAnyOrder("French Republic", "Paris");
        assertThat(party(parties, "Japan").aliases()).isEmpty();
        assertThat(party(parties, "Germany").role()).isEqualTo("signatory");
        assertThat(party(parties, "France").role()).isEqualTo("signatory");
    }

    @Test
    void officialsIntroducedWithTheirStateAreItsRepresentatives() {
        String text = "German Chancellor Klaus Richter and Spanish Prime Minister Elena Ortiz signed "
                + "the Iberian Rhine Accord in Madrid on Friday.";

        List<PartyFact> parties = parties(text);

        assertThat(party(parties, "Germany").representatives()).containsExactly("Klaus Richter");
        assertThat(party(parties, "Spain").representatives()).containsExactly("Elena Ortiz");
        assertThat(party(parties, "Germany").role()).isEqualTo("signatory");
        assertThat(party(parties, "Spain").role()).isEqualTo("signatory");
    }

    @Test
    void aStateThatRefusedToSignIsNoSignatory() {
        String text = "Canada has refused to sign the fisheries treaty, which Norway and Iceland signed in May.";

        assertThat(party(parties(text), "Canada").role()).isEqualTo("other");
    }

    @Test
    void twoStatesNamingTheTreatyAreItsSignatories() {
        String text = "The new Chile-Norway fisheries treaty takes effect in May, officials said. Peru was not consulted.";

        List<PartyFact> parties = parties(text);

        assertThat(party(parties, "Chile").role()).isEqualTo("signatory");
        assertThat(party(parties, "Norway").role()).isEqualTo("signatory");
        assertThat(party(parties, "Peru").role()).isEqualTo("other");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway and Chile have agreed to begin talks on fishing quotas.          | Norway; Chile
            The EU and Norway agreed on Monday to lower tariffs.                    | European Union; Norway
            Norway has agreed to lower tariffs on Chilean wine.                     | ''
            Norway and Chile have not agreed on anything yet.                       | ''
            Norway signed a fisheries accord with Chile on Monday.                  | Norway; Chile
            Norway sealed a gas deal with Chile and Peru in Oslo.                   | Norway; Chile; Peru
            Norway strikes Chilean gas deal.                                        | Norway; Chile
            Norway signed the 1990 accord with Chile.                               | ''
            Norway refused to sign a fisheries accord with Chile.                   | ''
            A Norway bank seals Chilean gas deal.                                   | Norway
            The EU signed a trade agreement with Chile on Monday.                   | European Union; Chile
            EU officials watched as Chile signed the trade agreement.               | Chile
            Norway joined the fisheries pact in 2004.                               | Norway
            Norway acceded to the fisheries convention last year.                   | Norway
            The minister said Acme had signed a supply deal with Chile.             | ''
            Norwegian and Chilean officials met in Oslo and agreed to talk again.   | ''
            """)
    void statesAgreeingOrSigningWithOneAnotherAreSignatories(String text, String expected) {
        List<String> signatories = parties(text).stream().filter(p -> p.role().equals("signatory")).map(PartyFact::name).toList();

        assertThat(signatories).containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split("; "));
    }
}
