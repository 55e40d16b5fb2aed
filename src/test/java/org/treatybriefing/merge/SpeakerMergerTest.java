package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SpeakerMerger on invented names. */
class SpeakerMergerTest {

    @Test
    void twoSpellingsOfOneFirstNameWithTheSameSurnameAreOneSpeaker() {
        SpeakerMerger m = new SpeakerMerger(List.of(
                use("a.txt", "Sergei Ivanov", "foreign minister", "Northland", "official"),
                use("b.txt", "Sergey Ivanov", "Foreign Minister", "", "official"),
                use("c.txt", "Sergei Ivanov", "foreign minister", "Northland", "official")));

        SpeakerMerger.MergedName sergei = m.resolve("Sergei Ivanov");
        SpeakerMerger.MergedName sergey = m.resolve("Sergey Ivanov");

        assertThat(sergey).isSameAs(sergei);
        assertThat(sergei.name).isEqualTo("Sergei Ivanov");
        assertThat(sergei.aliases).containsExactly("Sergey Ivanov");
        assertThat(sergei.sources.toArray()).containsExactly(ranks("a.txt", "b.txt", "c.txt"));
        assertThat(sergei.title()).isEqualTo("foreign minister");
        assertThat(sergei.affiliation()).isEqualTo("Northland");
        assertThat(sergei.type()).isEqualTo("official");
        assertThat(m.all()).hasSize(1);
    }

    @Test
    void theMoreUsedSpellingLeads() {
        SpeakerMerger m = new SpeakerMerger(List.of(
                use("a.txt", "Sergei Ivanov"),
                use("b.txt", "Sergey Ivanov"),
                use("c.txt", "Sergey Ivanov")));

        assertThat(m.resolve("Sergei Ivanov").name).isEqualTo("Sergey Ivanov");
        assertThat(m.resolve("Sergei Ivanov").aliases).containsExactly("Sergei Ivanov");
    }

    @Test
    void theLeadingNameDoesNotDependOnTheOrderOfUses() {
        List<SpeakerMerger.NameUse> uses = new ArrayList<>(List.of(
                use("a.txt", "Sergey Ivanov"), use("b.txt", "Sergei Ivanov"), use("c.txt", "Ivanov"),
                use("d.txt", "Anna Kowalska"), use("e.txt", "Kowalska")));
        SpeakerMerger forward = new SpeakerMerger(uses);
        java.util.Collections.reverse(uses);
        SpeakerMerger backward = new SpeakerMerger(uses);

        assertThat(forward.all()).extracting(n -> n.name).containsExactly("Anna Kowalska", "Sergei Ivanov");
        assertThat(backward.all()).extracting(n -> n.name).containsExactly("Anna Kowalska", "Sergei Ivanov");
        assertThat(backward.resolve("Ivanov").aliases).isEqualTo(forward.resolve("Ivanov").aliases);
    }

    @Test
    void aSurnameAloneJoinsTheOneFullNameThatCarriesIt() {
        SpeakerMerger m = new SpeakerMerger(List.of(
                use("a.txt", "Anna Kowalska", "trade commissioner", "Southland", "official"),
                use("b.txt", "Kowalska", "", "", "other")));

        SpeakerMerger.MergedName anna = m.resolve("Anna Kowalska");

        assertThat(m.resolve("Kowalska")).isSameAs(anna);
        assertThat(anna.aliases).containsExactly("Kowalska");
        assertThat(anna.sources.toArray()).containsExactly(ranks("a.txt", "b.txt"));
        assertThat(anna.type()).as("'other' gives way to a known type").isEqualTo("official");
        assertThat(anna.title()).as("a blank title does not win").isEqualTo("trade commissioner");
    }

    @Test
    void aSurnameAloneJoinsTwoSpellingsOfTheSamePerson() {
        SpeakerMerger m = new SpeakerMerger(List.of(
                use("a.txt", "Sergei Ivanov"), use("b.txt", "Sergey Ivanov"), use("c.txt", "Ivanov")));

        assertThat(m.resolve("Ivanov")).isSameAs(m.resolve("Sergei Ivanov")).isSameAs(m.resolve("Sergey Ivanov"));
        assertThat(m.resolve("Ivanov").aliases).containsExactly("Ivanov", "Sergey Ivanov");
    }

    @Test
    void aSurnameSharedByTwoDifferentPeopleStaysApart() {
        SpeakerMerger m = new SpeakerMerger(List.of(
                use("a.txt", "John Smith"), use("b.txt", "Robert Smith"), use("c.txt", "Smith")));

        SpeakerMerger.MergedName john = m.resolve("John Smith");
        SpeakerMerger.MergedName robert = m.resolve("Robert Smith");
        SpeakerMerger.MergedName smith = m.resolve("Smith");

        assertThat(john).isNotSameAs(robert);
        assertThat(smith).isNotSameAs(john).isNotSameAs(robert);
        assertThat(smith.name).isEqualTo("Smith");
        assertThat(john.aliases).isEmpty();
        assertThat(robert.aliases).isEmpty();
        assertThat(m.all()).extracting(n -> n.name).containsExactly("John Smith", "Robert Smith", "Smith");
    }

    @Test
    void clearlyDifferentFirstNamesDoNotMerge() {
        SpeakerMerger m = new SpeakerMerger(List.of(use("a.txt", "John Doe"), use("b.txt", "Jane Doe")));

        assertThat(m.resolve("John Doe")).isNotSameAs(m.resolve("Jane Doe"));
        assertThat(SpeakerMerger.sameFirstName("John Doe", "Jane Doe")).isFalse();
        assertThat(SpeakerMerger.sameFirstName("Sergei Ivanov", "Sergey Ivanov")).isTrue();
        assertThat(SpeakerMerger.sameFirstName("Anna Kowalska", "ANNA Kowalska")).isTrue();
    }

    @Test
    void aMiddleInitialIsTheSamePersonAndTheFullestFormLeads() {
        SpeakerMerger m = new SpeakerMerger(List.of(
                use("a.txt", "Marta Lindqvist"), use("b.txt", "Marta J. Lindqvist"), use("c.txt", "Marta Lindqvist")));

        assertThat(m.resolve("Marta Lindqvist")).isSameAs(m.resolve("Marta J. Lindqvist"));
        assertThat(m.resolve("Marta Lindqvist").name).isEqualTo("Marta J. Lindqvist");
    }

    @Test
    void differentSurnamesNeverMerge() {
        SpeakerMerger m = new SpeakerMerger(List.of(use("a.txt", "Anna Kowalska"), use("b.txt", "Anna Kowalski")));

        assertThat(m.resolve("Anna Kowalska")).isNotSameAs(m.resolve("Anna Kowalski"));
    }

    @Test
    void resolveIgnoresCaseAndSpacingAndKnowsTheAliasesArticlesGive() {
        SpeakerMerger m = new SpeakerMerger(List.of(new SpeakerMerger.NameUse(rank("a.txt"), "Anna Kowalska",
                "commissioner", "Southland", "official", List.of("the commissioner"))));

        SpeakerMerger.MergedName anna = m.resolve("Anna Kowalska");
        assertThat(m.resolve("  anna   KOWALSKA ")).isSameAs(anna);
        assertThat(m.resolve("The Commissioner")).isSameAs(anna);
        assertThat(anna.aliases).containsExactly("the commissioner");
        assertThat(m.resolve("Nobody Known")).isNull();
    }

    @Test
    void surnameIsTheLastWordInLowerCase() {
        assertThat(SpeakerMerger.surname("  Anna   Maria KOWALSKA ")).isEqualTo("kowalska");
        assertThat(SpeakerMerger.surname("Kowalska")).isEqualTo("kowalska");
    }

    @Test
    void manyNamesMergeBlockByBlock() {
        List<SpeakerMerger.NameUse> uses = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String surname = "Surname" + Integer.toString(i, 36);
            uses.add(use("a.txt", "Sergei " + surname));
            uses.add(use("b.txt", "Sergey " + surname));
            uses.add(use("c.txt", surname));
        }

        SpeakerMerger m = new SpeakerMerger(uses);

        assertThat(m.all()).hasSize(2_000);
        assertThat(m.all()).allSatisfy(n -> assertThat(n.sources.toArray()).containsExactly(ranks("a.txt", "b.txt", "c.txt")));
    }

    @Test
    void anOrganisationIsNeverTheSurnameOfALongerName() {
        SpeakerMerger m = new SpeakerMerger(List.of(
                use("a.txt", "Northern Party and the Greens", "", "", "organization"),
                use("b.txt", "Greens", "", "", "organization")));

        assertThat(m.resolve("Greens").name).isEqualTo("Greens");
    }

    @Test
    void usesAlikeCountEachTimeTheyAreUsed() {
        // the merge counts alike uses instead of keeping them: three quotes of one article still outweigh two
        SpeakerMerger m = new SpeakerMerger(List.of(
                use("a.txt", "Ann Vale", "minister", "", "official"), use("a.txt", "Ann Vale", "minister", "", "official"),
                use("a.txt", "Ann Vale", "minister", "", "official"), use("b.txt", "Ann Vale", "envoy", "", "official"),
                use("c.txt", "Ann Vale", "envoy", "", "official")));

        assertThat(m.resolve("Ann Vale").title()).isEqualTo("minister");
        assertThat(m.resolve("Ann Vale").sources.toArray()).containsExactly(ranks("a.txt", "b.txt", "c.txt"));
    }

    @Test
    void aNameWrittenTwoWaysLeadsToTheSpeakerOfItsLastUse() {
        // "Vale" and "VALE" are two speakers when two full names carry the surname; the key they share leads to the last used
        SpeakerMerger m = new SpeakerMerger(List.of(use("a.txt", "Ann Vale"), use("a.txt", "Tom Vale"),
                use("b.txt", "Vale"), use("c.txt", "VALE"), use("d.txt", "Vale")));

        assertThat(m.resolve("vale").name).isEqualTo("Vale");
    }

    private static SpeakerMerger.NameUse use(String source, String name) {
        return use(source, name, "", "", "other");
    }

    private static SpeakerMerger.NameUse use(String source, String name, String title, String affiliation, String type) {
        return new SpeakerMerger.NameUse(rank(source), name, title, affiliation, type, Arrays.asList());
    }

    /** The merge knows an article by its rank among the run's source ids: a.txt 0, b.txt 1, c.txt 2. */
    private static int rank(String source) {
        return source.charAt(0) - 'a';
    }

    private static int[] ranks(String... sources) {
        return Arrays.stream(sources).mapToInt(SpeakerMergerTest::rank).toArray();
    }
}
