package org.treatybriefing.extract;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;

/** The agreements an article speaks of beside the one it is about, and what each one's own sentences say. */
class OtherAgreementsTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());

    /** Each other agreement as its name, or its kind when it has none. */
    private static String others(String text) {
        return String.join("; ", EXTRACTOR.extract(text).otherAgreements().stream()
                .map(o -> o.treaty().name().isEmpty() ? o.treaty().kind() : o.treaty().name()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway and Iceland signed the harbour accord on Monday. It replaces the 1998 accord between them.                 | 1998 accord
            Norway and Iceland signed the harbour accord on Monday. Norway ended an accord with Iceland, reached in 1998.   | 1998 accord
            Norway signed the Fjord Protocol, and the Fjord Protocol took effect. Iceland backs the Harbour Convention.     | Harbour Convention
            Norway signed the Fjord Protocol on Monday. Ann Vale wants a new fisheries treaty to follow it.                | new treaty
            Norway signed the Fjord Protocol on Monday. Ann Vale wants a successor treaty.                                 | successor treaty
            The 1998 accord between Norway and Iceland was renewed on Monday. The accord covers fishing.                   | ''
            Norway signed a new treaty, the Fjord Protocol, on Monday. The protocol covers fishing.                          | ''
            Norway and Iceland signed a new fisheries deal on Monday. The deal covers fishing.                              | ''
            Norway signed the Fjord Protocol on Monday. The protocol covers fishing.                                       | ''
            Fuel prices rose in 1998 and again on Monday, the harbour authority said.                                      | ''
            """)
    void anotherAgreementIsNamedDatedOrNewBesideANamedOne(String text, String others) {
        assertThat(others(text)).isEqualTo(others);
    }

    @Test
    void anotherAgreementHasItsOwnPartiesAndCommitmentsFromItsOwnSentences() {
        Extraction e = EXTRACTOR.extract("""
                Norway and Iceland have agreed to begin talks on a harbour accord, officials said on Monday.

                Last year, Norway ended an accord with Iceland, reached in 1998, which limits the fees ports can charge.
                """);

        assertThat(e.otherAgreements()).hasSize(1);
        OtherAgreementFact old = e.otherAgreements().get(0);
        assertThat(old.treaty().kind()).isEqualTo("1998 accord");
        assertThat(old.signatories()).containsExactly("Iceland", "Norway");
        assertThat(old.commitments()).extracting(CommitmentFact::text).singleElement().asString().contains("limits the fees");
        assertThat(e.commitments()).extracting(CommitmentFact::text).singleElement().asString().contains("begin talks");
    }

    @Test
    void aProposedTreatyIsTheNewOneIntroducedBefore() {
        Extraction e = EXTRACTOR.extract("""
                Iceland is pressing Norway to cut catches despite its refusal to sign the Fjord Protocol, officials said.

                Ann Vale is considering a new fisheries treaty that Norway could accept. Ms Vale's proposed treaty would \
                establish a fund to restock the northern fisheries.
                """);

        assertThat(e.treaty().name()).isEqualTo("Fjord Protocol");
        assertThat(e.otherAgreements()).extracting(o -> o.treaty().kind()).containsExactly("new treaty");
        assertThat(e.otherAgreements().get(0).commitments()).extracting(CommitmentFact::text)
                .singleElement().asString().contains("would establish a fund");
        assertThat(e.commitments()).extracting(CommitmentFact::text).noneMatch(t -> t.contains("establish"));
        assertThat(e.otherAgreements().get(0).signatories()).isEmpty();
    }
}
