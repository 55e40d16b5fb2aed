package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** QuoteClusterer on invented statements. */
class QuoteClustererTest {

    private static final String SHORT_CUT = "true turning point opening the way for steady growth of the coast";
    private static final String LONG_CUT =
            "a true turning point, opening the way for the steady growth of the coast as a whole";

    @Test
    void theSameStatementCutDifferentlyIsOneCluster() {
        int[] c = QuoteClusterer.cluster(items(
                "Anna Kowalska", SHORT_CUT,
                "Anna Kowalska", LONG_CUT));

        assertThat(c).containsExactly(0, 0);
        assertThat(QuoteClusterer.sameStatement(SHORT_CUT, LONG_CUT)).isTrue();
    }

    @Test
    void caseAccentsAndCurlyQuotesDoNotMatter() {
        assertThat(QuoteClusterer.sameStatement("We won’t sign a deal that hurts our farmers",
                "WE WON'T SIGN A DÉAL THAT HURTS OUR FARMERS")).isTrue();
    }

    @Test
    void aShortFragmentInsideALongerQuoteJoinsIt() {
        int[] c = QuoteClusterer.cluster(items(
                "Anna Kowalska", LONG_CUT,
                "Anna Kowalska", "steady growth of the coast"));

        assertThat(c).containsExactly(0, 0);
    }

    @Test
    void aFragmentSeenFirstIsJoinedByTheLongerQuoteLater() {
        int[] c = QuoteClusterer.cluster(items(
                "Anna Kowalska", "the steady growth of the coast",
                "Anna Kowalska", LONG_CUT));

        assertThat(c).containsExactly(0, 0);
    }

    @Test
    void aFragmentOfFewerThanThreeWordsStaysApart() {
        int[] c = QuoteClusterer.cluster(items(
                "Anna Kowalska", LONG_CUT,
                "Anna Kowalska", "turning point"));

        assertThat(c).containsExactly(0, 1);
    }

    @Test
    void differentStatementsOfOneSpeakerStayApart() {
        int[] c = QuoteClusterer.cluster(items(
                "Anna Kowalska", LONG_CUT,
                "Anna Kowalska", "the treaty does not oblige either side to send troops",
                "Anna Kowalska", "tariffs on grain will fall by half within five years of the region's accession",
                "Anna Kowalska", SHORT_CUT));

        assertThat(c).containsExactly(0, 1, 2, 0);
    }

    @Test
    void theSameWordsOfDifferentSpeakersStayApart() {
        int[] c = QuoteClusterer.cluster(items(
                "Anna Kowalska", LONG_CUT,
                "Sergei Ivanov", LONG_CUT,
                "", LONG_CUT,
                "Sergei Ivanov", SHORT_CUT));

        assertThat(c).containsExactly(0, 1, 2, 1);
    }

    @Test
    void clustersAreNumberedInOrderOfTheirFirstItemAndIndexedByTheCallersIndex() {
        List<QuoteClusterer.Item> items = List.of(
                new QuoteClusterer.Item(2, "Anna Kowalska", "the treaty does not oblige either side to send troops"),
                new QuoteClusterer.Item(0, "Anna Kowalska", LONG_CUT),
                new QuoteClusterer.Item(1, "Anna Kowalska", SHORT_CUT));

        int[] c = QuoteClusterer.cluster(items);

        assertThat(c).containsExactly(1, 1, 0);
    }

    @Test
    void quotesOfOnlyShortWordsStillCluster() {
        int[] c = QuoteClusterer.cluster(items(
                "Anna Kowalska", "it is not so",
                "Anna Kowalska", "it is not so",
                "Anna Kowalska", "we do not go"));

        assertThat(c).containsExactly(0, 0, 1);
    }

    @Test
    void sameStatementThresholds() {
        assertThat(QuoteClusterer.sameStatement("", "")).isFalse();
        assertThat(QuoteClusterer.sameStatement("alpha beta gamma delta epsilon",
                "alpha beta gamma delta zeta")).as("Jaccard 4/6").isTrue();
        assertThat(QuoteClusterer.sameStatement("alpha beta gamma delta epsilon",
                "alpha beta gamma theta zeta")).as("Jaccard 3/7, 3 of 5 contained").isFalse();
    }

    @Test
    void twentyThousandDistinctQuotesOfTwoHundredSpeakersEachFormTheirOwnCluster() {
        // documents near-linear behaviour: a quadratic clusterer would take minutes here
        Random random = new Random(42);
        List<QuoteClusterer.Item> items = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            items.add(new QuoteClusterer.Item(i, "Speaker " + (i % 200), syntheticQuote(random, i)));
        }

        int[] c = QuoteClusterer.cluster(items);

        assertThat(Arrays.stream(c).distinct().count()).isEqualTo(20_000);
        assertThat(c).isEqualTo(java.util.stream.IntStream.range(0, 20_000).toArray());
    }

    @Test
    void aRewordingIsFoundAmongManyStatementsOfOneSpeakerThatShareCommonWords() {
        // One speaker with 100 distinct statements that all share the same common words: the
        // rewording of one of them must still find it, however many clusters share "will" or "that".
        Random random = new Random(7);
        List<QuoteClusterer.Item> items = new ArrayList<>();
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String q = "we will ensure that " + String.join(" ", rareWords(random, i, 6));
            distinct.add(q);
            items.add(new QuoteClusterer.Item(i, "Anna Kowalska", q));
        }
        String original = distinct.get(90);
        String reworded = "And we will ensure, " + original.substring("we will ensure ".length()) + " indeed";
        items.add(new QuoteClusterer.Item(100, "Anna Kowalska", reworded));

        int[] c = QuoteClusterer.cluster(items);

        assertThat(Arrays.stream(c, 0, 100).distinct().count()).isEqualTo(100);
        assertThat(QuoteClusterer.sameStatement(original, reworded)).isTrue();
        assertThat(c[100]).isEqualTo(c[90]);
    }

    @Test
    void manyRepeatsOfFewStatementsClusterTogether() {
        List<QuoteClusterer.Item> items = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int statement = i % 50;
            String speaker = "Speaker " + (statement % 5);
            String text = (i % 2 == 0 ? "" : "and ") + "statement number " + wordFor(statement)
                    + " about " + wordFor(statement + 1000) + " and " + wordFor(statement + 2000);
            items.add(new QuoteClusterer.Item(i, speaker, text));
        }

        int[] c = QuoteClusterer.cluster(items);

        assertThat(Arrays.stream(c).distinct().count()).isEqualTo(50);
        assertThat(c).isEqualTo(java.util.stream.IntStream.range(0, 5_000).map(i -> c[i % 50]).toArray());
    }

    /** About ten words: common ones every quote shares, and rare ones unique to this quote. */
    private static String syntheticQuote(Random random, int i) {
        String[] common = {"we", "will", "that", "with", "the", "treaty", "region", "both", "sides", "must"};
        List<String> words = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            words.add(common[random.nextInt(common.length)]);
        }
        words.addAll(rareWords(random, i, 6));
        return String.join(" ", words);
    }

    /** Words made for quote i alone (four letters or more), so no two quotes share them. */
    private static List<String> rareWords(Random random, int i, int n) {
        List<String> words = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            words.add("q" + wordFor(i * 16 + k) + (char) ('a' + random.nextInt(26)));
        }
        return words;
    }

    /** A pronounceable word, different for every n. */
    private static String wordFor(int n) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder sb = new StringBuilder();
        int x = n;
        do {
            sb.append(consonants.charAt(x % consonants.length()));
            x /= consonants.length();
            sb.append(vowels.charAt(x % vowels.length()));
            x /= vowels.length();
        } while (x > 0);
        return sb.toString();
    }

    private static List<QuoteClusterer.Item> items(String... speakerText) {
        List<QuoteClusterer.Item> items = new ArrayList<>();
        for (int i = 0; i < speakerText.length; i += 2) {
            items.add(new QuoteClusterer.Item(i / 2, speakerText[i], speakerText[i + 1]));
        }
        return items;
    }
}
