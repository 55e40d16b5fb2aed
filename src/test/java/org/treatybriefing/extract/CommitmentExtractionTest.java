package org.treatybriefing.extract;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences about the treaty that state an obligation, undertaking or exclusion. */
class CommitmentExtractionTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());

    private static CommitmentFact only(String text) {
        List<CommitmentFact> commitments = EXTRACTOR.extract(text).commitments();
        assertThat(commitments).as("commitments of: %s", text).hasSize(1);
        return commitments.get(0);
    }

    @Test
    void commitToIsAPositiveCommitmentWithItsParties() {
        String text = "Under the treaty, Norway and Chile commit to joint naval exercises every year.";

        CommitmentFact c = only(text);

        assertThat(c.modality()).isEqualTo("commit");
        assertThat(c.polarity()).isEqualTo("positive");
        assertThat(c.parties()).containsExactly("Norway", "Chile");
        assertThat(c.text()).isEqualTo(text);
    }

    @Test
    void agreedToIsAnAgreement() {
        CommitmentFact c = only("The parties agreed to open a direct shipping line between their ports.");

        assertThat(c.modality()).isEqualTo("agree");
        assertThat(c.polarity()).isEqualTo("positive");
        assertThat(c.area()).isEqualTo("transport");
    }

    @Test
    void requiresIsARequirement() {
        CommitmentFact c = only("Article 3 requires both states to share intelligence on terrorist threats.");

        assertThat(c.modality()).isEqualTo("require");
        assertThat(c.polarity()).isEqualTo("positive");
    }

    @Test
    void callsForIsACallFor() {
        CommitmentFact c = only("The treaty calls for closer cooperation in science and technology.");

        assertThat(c.modality()).isEqualTo("call-for");
        assertThat(c.polarity()).isEqualTo("positive");
        assertThat(c.area()).isEqualTo("science-technology");
    }

    @Test
    void providesForIsAPositiveProvision() {
        CommitmentFact c = only("The agreement provides for the creation of a joint investment fund.");

        assertThat(c.modality()).isEqualTo("provide");
        assertThat(c.polarity()).isEqualTo("positive");
    }

    @Test
    void doesNotProvideForIsANegativeProvision() {
        CommitmentFact c = only("The agreement does not provide for a mutual defence clause.");

        assertThat(c.modality()).isEqualTo("provide");
        assertThat(c.polarity()).isEqualTo("negative");
        assertThat(c.area()).isEqualTo("defence");
    }

    @Test
    void refrainFromIsNegativeEvenNextToMust() {
        CommitmentFact c = only("Under the pact, both sides must refrain from supporting separatist movements.");

        assertThat(c.modality()).isEqualTo("refrain");
        assertThat(c.polarity()).isEqualTo("negative");
    }

    @Test
    void commitNotToIsANegativeCommitment() {
        CommitmentFact c = only("Under the treaty, the parties commit not to join alliances hostile to each other.");

        assertThat(c.modality()).isEqualTo("commit");
        assertThat(c.polarity()).isEqualTo("negative");
    }

    @Test
    void mayBeExtendedIsAPossibility() {
        CommitmentFact c = only("The treaty may be extended for another five years by mutual consent.");

        assertThat(c.modality()).isEqualTo("may");
        assertThat(c.polarity()).isEqualTo("positive");
    }

    @Test
    void itContinuingATreatySentenceIsACommitment() {
        List<CommitmentFact> commitments = EXTRACTOR.extract("The treaty was signed in Oslo. "
                + "It requires both states to notify each other of military exercises.").commitments();

        assertThat(commitments).singleElement().satisfies(c -> {
            assertThat(c.modality()).isEqualTo("require");
            assertThat(c.text()).startsWith("It requires");
        });
    }

    @Test
    void aSentenceWithoutATreatyReferenceIsNotACommitment() {
        // two states that agree together make an agreement ("Norway and Chile agreed to ..."): holding talks does not
        String text = "Norway and Chile held talks on annual summits. "
                + "Both governments committed to cutting emissions by half before 2040.";

        assertThat(EXTRACTOR.extract(text).commitments()).isEmpty();
    }

    @Test
    void aPersonCallingForReformOfThePactIsNoCommitmentOfIt() {
        String text = "Chancellor Greta Holm has called for radical reform of the fisheries pact. "
                + "The pact calls for quotas to be cut by a third.";

        CommitmentFact c = only(text);

        assertThat(c.text()).startsWith("The pact calls for quotas");
    }

    @ParameterizedTest(name = "{1} {2}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Norway and Chile signed a fisheries deal on Monday. The deal will allow Chile to fish in northern waters. | provide | positive",
            "Norway and Chile signed a fisheries deal on Monday. Norway and Chile agreed to open talks on quotas.     | agree   | positive",
            "Norway and Chile signed a fisheries deal on Monday. The deal aims to protect the cod stocks of the coast. | commit  | positive",
            "Norway and Chile signed a fisheries deal on Monday. Under the deal, quotas cannot be guaranteed.          | other   | negative",
    })
    void theAgreementUnderItsNounsOrItsSignatoriesActingCommit(String text, String modality, String polarity) {
        List<CommitmentFact> commitments = EXTRACTOR.extract(text).commitments();

        assertThat(commitments).as("commitments of: %s", text).hasSize(1);
        assertThat(commitments.get(0).modality()).isEqualTo(modality);
        assertThat(commitments.get(0).polarity()).isEqualTo(polarity);
        assertThat(commitments.get(0).text()).doesNotStartWith("Norway and Chile signed");
    }

    @Test
    void aStateThatSignedNothingCommitsNothing() {
        assertThat(EXTRACTOR.extract("Norway agreed to open talks on quotas with the fishing industry.").commitments()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the deal, both sides agreed to share their catch data.                                  | Chile; Norway
            Under the deal, Chile must issue a statement recognising the Peruvian government.             | Chile
            The deal does not provide for joint patrols, unlike Peru's accord with Ecuador.               | ''
            Under the deal, Chilean boats will be allowed to fish in Norway's northern waters.             | Chile; Norway
            """)
    void aCommitmentBindsTheSignatoriesItNames(String sentence, String expected) {
        String text = "Norway and Chile signed a fisheries deal on Monday. " + sentence;

        List<CommitmentFact> commitments = EXTRACTOR.extract(text).commitments();

        assertThat(commitments).as("commitments of: %s", text).hasSize(1);
        assertThat(commitments.get(0).parties()).containsExactlyInAnyOrder(expected.isEmpty() ? new String[0] : expected.split("; "));
    }

    @Test
    void withoutSignatoriesTheStatesNamedAreItsPartiesButNotAnAdjective() {
        CommitmentFact c = only("The treaty requires Norway to open its ports to Chilean ships.");

        assertThat(c.parties()).containsExactly("Norway");
    }

    @Test
    void anAdverbBetweenTheWordsOfACueKeepsIt() {
        CommitmentFact c = only("The treaty will also set up a joint fisheries commission.");

        assertThat(c.modality()).isEqualTo("provide");
    }

    @Test
    void aTreatyAPersonOwnsCanCommit() {
        CommitmentFact c = only("Mr Holm's proposed treaty would also set up a fund to develop cleaner engines.");

        assertThat(c.modality()).isEqualTo("provide");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Premier Ola Berg had to accept that the fisheries deal did not guarantee new quotas.     | 1
            Premier Ola Berg said the fisheries deal must be reviewed next year.                     | 0
            Premier Ola Berg has called for a review of the fisheries deal.                          | 0
            """)
    void aPersonUndergoingTheAgreementLeavesItsCommitment(String text, int commitments) {
        assertThat(EXTRACTOR.extract(text).commitments()).as("commitments of: %s", text).hasSize(commitments);
    }
}
