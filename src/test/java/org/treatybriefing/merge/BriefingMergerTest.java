package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatybriefing.extract.AnalystFact;
import org.treatybriefing.extract.CommitmentFact;
import org.treatybriefing.extract.Extraction;
import org.treatybriefing.extract.PartyFact;
import org.treatybriefing.extract.QuoteFact;
import org.treatybriefing.extract.SectionFact;
import org.treatybriefing.extract.SpeakerFact;
import org.treatybriefing.extract.TreatyFact;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.Summary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BriefingMerger on three invented articles (a.txt, b.txt, c.txt) and one rejected file. Every
 * name, country and place here is made up.
 */
class BriefingMergerTest {

    private static final String TREATY = "Northland–Southland Partnership Treaty";
    private static final String AGREEMENT = "Northland-Southland Partnership Agreement";
    private static final String LONG_CUT =
            "a true turning point, opening the way for the steady growth of the coast as a whole";
    private static final String SHORT_CUT = "true turning point opening the way for steady growth of the coast";
    private static final String PORTS = "Southland will open its ports to Northland grain from next spring";

    private static List<SourceRecord> sources() {
        return List.of(
                new SourceRecord("a.txt", "a.txt", "aaa", "Treaty signed", 300, "accepted", "UTF-8", "", "txt", null),
                new SourceRecord("b.txt", "b.txt", "bbb", "Ivanov hails treaty", 250, "accepted", "windows-1252", "", "html",
                        "Norland Times"),
                new SourceRecord("c.txt", "c.txt", "ccc", "Ports to open", 280, "accepted", "UTF-8", "", "txt", null),
                new SourceRecord("d.txt", "d.txt", null, null, 0, "rejected", null, "binary file, not text (PNG image)", null,
                        null));
    }

    private static List<ArticleFacts> articles() {
        Extraction a = new Extraction(
                new TreatyFact(TREATY, "Valdoria", 20, 30),
                List.of(new PartyFact("Northland", "signatory", List.of("the north"), List.of("Sergei Ivanov"), 3),
                        new PartyFact("Southland", "signatory", List.of(), List.of("Anna Kowalska"), 2)),
                List.of(new SectionFact("article", "Article 3", "mutual consultation"),
                        new SectionFact("area", "energy", "energy")),
                List.of(new CommitmentFact(List.of("Northland", "Southland"), "shall", "positive", "trade",
                        "The parties shall reduce tariffs on grain by half within five years.")),
                List.of(quote("Sergei Ivanov", "foreign minister", "official", "direct", LONG_CUT, 100, 0.9),
                        quote("Anna Kowalska", "trade commissioner", "official", "direct", PORTS, 400, 0.8)),
                List.of(new SpeakerFact("Sergei Ivanov", List.of(), "foreign minister", "Northland", "Northland", "official"),
                        new SpeakerFact("Anna Kowalska", List.of(), "trade commissioner", "Southland", "Southland",
                                "official")),
                List.of(new AnalystFact("Marta Lindqvist", "senior fellow", "Baltic Policy Institute")));
        Extraction b = new Extraction(
                new TreatyFact(TREATY, "Valdoria", 20, 30),
                List.of(new PartyFact("Northland", "other", List.of(), List.of("Sergey Ivanov"), 1),
                        new PartyFact("Eastmark", "other", List.of(), List.of(), 1)),
                List.of(new SectionFact("area", "energy", "Energy"), new SectionFact("area", "trade", "trade")),
                List.of(new CommitmentFact(List.of("Northland"), "shall", "negative", "defence",
                        "Neither party shall station troops on the territory of the other.")),
                List.of(quote("Sergey Ivanov", "foreign minister", "official", "partial", SHORT_CUT, 50, 0.7),
                        quote("", "", "other", "direct", "an unattributed sentence that nobody said aloud", 900, 0.0)),
                List.of(),
                List.of());
        Extraction c = new Extraction(
                new TreatyFact(AGREEMENT, "Castel Mar", 20, null),
                List.of(new PartyFact("Southland", "other", List.of("the south"), List.of(), 4)),
                List.of(new SectionFact("article", "Article 12", "withdrawal after notice"),
                        new SectionFact("area", "trade", "trade"),
                        new SectionFact("area", "energy", "energy supplies")),
                List.of(new CommitmentFact(List.of("Northland", "Southland"), "shall", "positive", "trade",
                        "The parties shall reduce the tariffs on grain by half within five years.")),
                List.of(quote("Kowalska", "", "other", "direct", PORTS, 10, 0.6),
                        quote("Sergei Ivanov", "", "official", "indirect", "the treaty was a turning point", 300, 0.5)),
                List.of(),
                List.of(new AnalystFact("Lindqvist", "", "")));
        return List.of(new ArticleFacts("a.txt", a), new ArticleFacts("b.txt", b), new ArticleFacts("c.txt", c));
    }

    private static QuoteFact quote(String speaker, String title, String type, String kind, String text, int start,
                                   double confidence) {
        return new QuoteFact(speaker, title, type, kind, text, start, start + text.length(), confidence,
                speaker.isEmpty() ? "" : "said-after", "");
    }

    private final Briefing briefing = new BriefingMerger().merge(sources(), articles());

    @Test
    void everyTableHasRowsOfItsSchemaWidth() {
        for (BriefingTable table : BriefingTable.values()) {
            if (table == BriefingTable.CHANGES) {
                continue; // the comparison with the previous briefing makes those rows, not the merger
            }
            assertThat(briefing.tables()).containsKey(table);
            assertThat(briefing.rows(table)).allSatisfy(r -> assertThat(r).hasSize(table.columns().size()));
        }
    }

    @Test
    void oneSpeakerRowPerPersonAcrossArticlesWithAliases() {
        List<List<Object>> speakers = briefing.rows(BriefingTable.SPEAKERS);

        assertThat(speakers).extracting(r -> r.get(0)).containsExactly("Sergei Ivanov", "Anna Kowalska");
        assertThat(speakers.get(0)).containsExactly("Sergei Ivanov", "Sergey Ivanov", "foreign minister", "Northland",
                "official", 3, "a.txt; b.txt; c.txt", 3);
        assertThat(speakers.get(1)).containsExactly("Anna Kowalska", "Kowalska", "trade commissioner", "Southland",
                "official", 2, "a.txt; c.txt", 2);
    }

    @Test
    void quoteRowsNameTheMergedSpeakerTheirClusterAndTheOtherArticlesThatCorroborateThem() {
        List<List<Object>> quotes = briefing.rows(BriefingTable.QUOTES);

        assertThat(quotes).hasSize(6);
        assertThat(quotes.get(0)).containsExactly("Q0001", "a.txt", "Sergei Ivanov", "foreign minister", "official",
                "direct", LONG_CUT, 100, 100 + LONG_CUT.length(), "C0001", "b.txt", 0.9, "said-after");
        assertThat(quotes.get(1)).containsExactly("Q0002", "a.txt", "Anna Kowalska", "trade commissioner", "official",
                "direct", PORTS, 400, 400 + PORTS.length(), "C0002", "c.txt", 0.8, "said-after");
        assertThat(quotes.get(2)).containsExactly("Q0003", "b.txt", "Sergei Ivanov", "foreign minister", "official",
                "partial", SHORT_CUT, 50, 50 + SHORT_CUT.length(), "C0001", "a.txt", 0.7, "said-after");
        // no speaker: clustered on its own, corroborated by nobody
        assertThat(cell(quotes.get(3), BriefingTable.QUOTES, "speaker")).isEqualTo("");
        assertThat(cell(quotes.get(3), BriefingTable.QUOTES, "cluster_id")).isEqualTo("C0003");
        assertThat(cell(quotes.get(3), BriefingTable.QUOTES, "corroborating_source_ids")).isEqualTo("");
        // a surname alone resolves to the full name, with the title of the merged speaker
        assertThat(quotes.get(4)).containsExactly("Q0005", "c.txt", "Anna Kowalska", "trade commissioner", "official",
                "direct", PORTS, 10, 10 + PORTS.length(), "C0002", "a.txt", 0.6, "said-after");
        // reported speech is clustered like quoted words: here a statement of its own
        assertThat(cell(quotes.get(5), BriefingTable.QUOTES, "kind")).isEqualTo("indirect");
        assertThat(cell(quotes.get(5), BriefingTable.QUOTES, "cluster_id")).isEqualTo("C0004");
        assertThat(cell(quotes.get(5), BriefingTable.QUOTES, "corroborating_source_ids")).isEqualTo("");
    }

    @Test
    void partiesAreMergedAcrossArticlesAndASignatoryInAThirdOfItsArticlesIsASignatory() {
        List<List<Object>> parties = briefing.rows(BriefingTable.PARTIES);

        assertThat(parties).containsExactly(
                List.of("Northland", "signatory", "the north", "Sergei Ivanov", 4, "a.txt; b.txt", TREATY, 2, "P0001"),
                List.of("Southland", "signatory", "the south", "Anna Kowalska", 6, "a.txt; c.txt", TREATY, 2, "P0002"),
                List.of("Eastmark", "other", "", "", 1, "b.txt", TREATY, 1, "P0003"));
    }

    @Test
    void theTreatyCardTakesTheMostUsedNameAndListsDisagreements() {
        List<List<Object>> treaty = briefing.rows(BriefingTable.TREATY);

        assertThat(treaty).hasSize(1);
        assertThat(treaty.get(0)).containsExactly(TREATY, AGREEMENT, "Valdoria", 20, 30, "Northland; Southland",
                "a.txt; b.txt; c.txt", 3, "signed at: Castel Mar (c.txt); Valdoria (a.txt, b.txt)");

        Summary.TreatyCard card = briefing.summary().treaties().get(0);
        assertThat(card.name()).isEqualTo(TREATY);
        assertThat(card.aliases()).containsExactly(AGREEMENT);
        assertThat(card.disagreements()).containsExactly("signed at: Castel Mar (c.txt); Valdoria (a.txt, b.txt)");
    }

    @Test
    void everyDisagreeingFigureIsListed() {
        List<ArticleFacts> articles = new ArrayList<>(articles());
        Extraction c = articles.get(2).extraction();
        articles.set(2, new ArticleFacts("c.txt", new Extraction(new TreatyFact(TREATY, "Valdoria", 25, 31),
                c.parties(), c.sections(), c.commitments(), c.quotes(), c.speakers(), c.analysts())));

        Summary.TreatyCard card = new BriefingMerger().merge(sources(), articles).summary().treaties().get(0);

        assertThat(card.aliases()).isEmpty();
        assertThat(card.durationYears()).isEqualTo(20);
        assertThat(card.articlesTotal()).isEqualTo(30);
        assertThat(card.disagreements()).containsExactly(
                "duration (years): 20 (a.txt, b.txt); 25 (c.txt)",
                "number of articles: 30 (a.txt, b.txt); 31 (c.txt)");
    }

    @Test
    void aSeatOfGovernmentAndItsCityAreNoDisagreement() {
        List<ArticleFacts> articles = new ArrayList<>(articles());
        Extraction c = articles.get(2).extraction();
        // c.txt says "signed at the Palace of Valdoria", which stands in Valdoria
        articles.set(2, new ArticleFacts("c.txt", new Extraction(new TreatyFact(TREATY, "Palace of Valdoria", 20, 30, "", "Valdoria"),
                c.parties(), c.sections(), c.commitments(), c.quotes(), c.speakers(), c.analysts())));

        Summary.TreatyCard card = new BriefingMerger().merge(sources(), articles).summary().treaties().get(0);

        assertThat(card.signedAt()).isEqualTo("Valdoria");
        assertThat(card.disagreements()).isEmpty();
    }

    @Test
    void sectionsAreCountedByArticleAndNumberedArticlesComeInNumericOrder() {
        assertThat(briefing.rows(BriefingTable.SECTIONS)).containsExactly(
                List.of("article", "Article 3", "mutual consultation", "a.txt", TREATY, 1, "S0001"),
                List.of("article", "Article 12", "withdrawal after notice", "c.txt", TREATY, 1, "S0002"),
                List.of("area", "energy", "energy; energy supplies", "a.txt; b.txt; c.txt", TREATY, 3, "S0003"),
                List.of("area", "trade", "trade", "b.txt; c.txt", TREATY, 2, "S0004"));
        assertThat(briefing.summary().areas()).containsExactly(new Summary.Count("energy", 3),
                new Summary.Count("trade", 2));
    }

    @Test
    void similarCommitmentsNameEachOthersArticles() {
        List<List<Object>> commitments = briefing.rows(BriefingTable.COMMITMENTS);

        assertThat(commitments).extracting(r -> r.get(0)).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(commitments).extracting(r -> cell(r, BriefingTable.COMMITMENTS, "similar_in_source_ids"))
                .containsExactly("c.txt", "", "a.txt");
        assertThat(commitments.get(0)).containsExactly("a.txt", "Northland; Southland", "shall", "positive", "trade",
                "The parties shall reduce tariffs on grain by half within five years.", TREATY, "c.txt", "CM0001");
        assertThat(commitments).extracting(r -> cell(r, BriefingTable.COMMITMENTS, "commitment_id"))
                .as("an id per row, in the table's order").containsExactly("CM0001", "CM0002", "CM0003");
    }

    @Test
    void analystsAreMergedByName() {
        assertThat(briefing.rows(BriefingTable.ANALYSTS)).containsExactly(
                List.of("Marta Lindqvist", "senior fellow", "Baltic Policy Institute", "a.txt; c.txt", 2));
    }

    /**
     * An analyst named two ways in two articles: the description of the first mention that names
     * an organisation, whichever name it uses; with none, the last description.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # a.txt name | title     | organisation       | b.txt name | title     | organisation      | row: title | organisation
            Tom Berg     |           |                    | Berg       | fellow    | Harbour Institute | fellow     | Harbour Institute
            Berg         |           |                    | Tom Berg   | fellow    | Harbour Institute | fellow     | Harbour Institute
            Tom Berg     | economist | Harbour Institute  | Berg       | professor | Fjord University  | economist  | Harbour Institute
            Berg         | economist | Harbour Institute  | Tom Berg   | professor | Fjord University  | economist  | Harbour Institute
            Tom Berg     | economist |                    | Berg       | professor |                   | professor  |
            Berg         | economist |                    | Tom Berg   | professor |                   | professor  |
            """)
    void anAnalystIsDescribedByTheFirstMentionNamingTheirOrganisation(String nameA, String titleA, String orgA,
                                                                      String nameB, String titleB, String orgB,
                                                                      String title, String organisation) {
        Extraction a = new Extraction(TreatyFact.UNKNOWN, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(new AnalystFact(nameA, nz(titleA), nz(orgA))));
        Extraction b = new Extraction(TreatyFact.UNKNOWN, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(new AnalystFact(nameB, nz(titleB), nz(orgB))));

        Briefing merged = new BriefingMerger().merge(List.of(), List.of(new ArticleFacts("a.txt", a), new ArticleFacts("b.txt", b)));

        assertThat(merged.rows(BriefingTable.ANALYSTS)).containsExactly(
                List.of("Tom Berg", nz(title), nz(organisation), "a.txt; b.txt", 2));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Test
    void sourcesAndRejectedFiles() {
        assertThat(briefing.rows(BriefingTable.SOURCES)).extracting(r -> r.get(0))
                .containsExactly("a.txt", "b.txt", "c.txt", "d.txt");
        assertThat(briefing.rows(BriefingTable.SOURCES).get(1)).as("the outlet after the schema's columns")
                .containsExactly("b.txt", "b.txt", "bbb", "Ivanov hails treaty", 250, "accepted", "Norland Times",
                        "windows-1252", "html");
        assertThat(briefing.rows(BriefingTable.SOURCES).get(3))
                .containsExactly("d.txt", "d.txt", "", "", 0, "rejected", "", "", "");
        assertThat(briefing.rows(BriefingTable.REJECTED))
                .containsExactly(List.of("d.txt", "binary file, not text (PNG image)"));
        assertThat(briefing.summary().articlesRead()).isEqualTo(3);
        assertThat(briefing.summary().articlesRejected()).isEqualTo(1);
    }

    @Test
    void theSummaryListsTheMostCorroboratedStatementsAndSpeakers() {
        Summary s = briefing.summary();

        assertThat(s.topStatements()).containsExactly(
                new Summary.Statement("Sergei Ivanov", LONG_CUT, 2, List.of("a.txt", "b.txt"),
                        List.of(new Summary.Headline("Treaty signed", ""),
                                new Summary.Headline("Ivanov hails treaty", "Norland Times"))),
                new Summary.Statement("Anna Kowalska", PORTS, 2, List.of("a.txt", "c.txt"),
                        List.of(new Summary.Headline("Treaty signed", ""), new Summary.Headline("Ports to open", ""))));
        assertThat(s.speakers()).containsExactly(new Summary.SpeakerLine("Sergei Ivanov", "official", "foreign minister, Northland", 3),
                new Summary.SpeakerLine("Anna Kowalska", "official", "trade commissioner, Southland", 2));
        assertThat(s.parties()).first().isEqualTo(
                new Summary.PartyLine("Northland", "signatory", List.of("Sergei Ivanov"), 2, TREATY));
    }

    @Test
    void aQuoteOfTheDocumentItselfIsAttributedToTheTreatyByItsLeadingName() {
        List<ArticleFacts> articles = new ArrayList<>(articles());
        Extraction c = articles.get(2).extraction();
        List<QuoteFact> quotes = new ArrayList<>(c.quotes());
        quotes.add(quote("the agreement", "", "document", "direct", "each party shall respect the other", 700, 0.9));
        articles.set(2, new ArticleFacts("c.txt", new Extraction(c.treaty(), c.parties(), c.sections(),
                c.commitments(), quotes, c.speakers(), c.analysts())));

        Briefing b = new BriefingMerger().merge(sources(), articles);

        List<Object> last = b.rows(BriefingTable.QUOTES).get(b.rows(BriefingTable.QUOTES).size() - 1);
        assertThat(cell(last, BriefingTable.QUOTES, "speaker")).isEqualTo(TREATY);
        assertThat(cell(last, BriefingTable.QUOTES, "speaker_type")).isEqualTo("document");
        assertThat(b.rows(BriefingTable.SPEAKERS)).extracting(r -> r.get(0)).contains(TREATY);
    }

    @Test
    void mergingTwiceGivesEqualTables() {
        Briefing again = new BriefingMerger().merge(sources(), articles());

        assertThat(again.tables()).isEqualTo(briefing.tables());
        assertThat(again.summary()).isEqualTo(briefing.summary());
    }

    @Test
    void theOrderArticlesArriveInDoesNotChangeTheTables() {
        List<ArticleFacts> reversed = new ArrayList<>(articles());
        Collections.reverse(reversed);
        List<SourceRecord> shuffled = new ArrayList<>(sources());
        Collections.reverse(shuffled);

        Briefing other = new BriefingMerger().merge(shuffled, reversed);

        for (Map.Entry<BriefingTable, List<List<Object>>> e : briefing.tables().entrySet()) {
            assertThat(other.rows(e.getKey())).as(e.getKey().name()).isEqualTo(e.getValue());
        }
        assertThat(other.summary()).isEqualTo(briefing.summary());
    }

    @Test
    void noArticlesGiveEmptyTablesAndNoTreaty() {
        Briefing empty = new BriefingMerger().merge(List.of(), List.of());

        for (BriefingTable table : BriefingTable.values()) {
            assertThat(empty.rows(table)).as(table.name()).isEmpty();
        }
        assertThat(empty.summary().treaties()).isEmpty();
        assertThat(empty.summary().articlesRead()).isZero();
    }

    private static Object cell(List<Object> row, BriefingTable table, String column) {
        int i = table.headers().indexOf(column);
        assertThat(i).as(column + " is a column of " + table).isGreaterThanOrEqualTo(0);
        return row.get(i);
    }

    @Test
    void aStateOnlyOneArticleInFourCallsASignatoryStaysAThirdState() {
        List<ArticleFacts> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            articles.add(new ArticleFacts("w" + i + ".txt", new Extraction(new TreatyFact("", "", null, null, "pact"),
                    List.of(new PartyFact("Westria", i == 0 ? "signatory" : "other", List.of(), List.of(), 1),
                            new PartyFact("Northland", "signatory", List.of(), List.of(), 1),
                            new PartyFact("Southland", "signatory", List.of(), List.of(), 1)),
                    List.of(), List.of(), List.of(), List.of(), List.of())));
        }

        List<List<Object>> parties = new BriefingMerger().merge(List.of(), articles).rows(BriefingTable.PARTIES);

        assertThat(parties).extracting(r -> r.get(0) + ":" + r.get(1))
                .containsExactly("Northland:signatory", "Southland:signatory", "Westria:other");
    }

    private static ArticleFacts aboutAgreement(String source, String name, String kind, String... signers) {
        List<PartyFact> parties = new ArrayList<>();
        for (String state : signers) {
            parties.add(new PartyFact(state, "signatory", List.of(), List.of(), 1));
        }
        parties.add(new PartyFact("Eastmark", "other", List.of(), List.of(), 1));
        return new ArticleFacts(source, new Extraction(new TreatyFact(name, "", null, null, kind), parties,
                List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void eachAgreementGetsItsRowAndAStateIsASignatoryOnlyOfWhatItSigned() {
        List<ArticleFacts> articles = List.of(
                aboutAgreement("x.txt", TREATY, "treaty", "Northland", "Southland"),
                // names none, and its signatories are the named treaty's: about that treaty
                aboutAgreement("y.txt", "", "pact", "Southland", "Northland"),
                // names none, and Westria never signed the named treaty: an agreement of its own
                aboutAgreement("z.txt", "", "customs deal", "Northland", "Westria"),
                aboutAgreement("w.txt", "", "customs deal", "Westria", "Northland"));

        Briefing b = new BriefingMerger().merge(List.of(), articles);

        assertThat(b.rows(BriefingTable.TREATY)).extracting(r -> r.get(0) + " | " + r.get(5) + " | " + r.get(6))
                // as many articles each: the one with the first source leads
                .containsExactly("Northland-Westria customs deal | Northland; Westria | w.txt; z.txt",
                        TREATY + " | Northland; Southland | x.txt; y.txt");
        assertThat(b.rows(BriefingTable.PARTIES))
                .extracting(r -> cell(r, BriefingTable.PARTIES, "name") + ":" + cell(r, BriefingTable.PARTIES, "role")
                        + ":" + cell(r, BriefingTable.PARTIES, "treaty"))
                .containsExactlyInAnyOrder("Northland:signatory:" + TREATY, "Southland:signatory:" + TREATY,
                        "Eastmark:other:" + TREATY, "Northland:signatory:Northland-Westria customs deal",
                        "Westria:signatory:Northland-Westria customs deal", "Eastmark:other:Northland-Westria customs deal");
    }

    @Test
    void anArticleAboutNoAgreementMakesNoSignatoryAndNoTreatyRow() {
        Briefing b = new BriefingMerger().merge(List.of(), List.of(aboutAgreement("n.txt", "", "", "Northland")));

        assertThat(b.rows(BriefingTable.TREATY)).isEmpty();
        assertThat(b.rows(BriefingTable.PARTIES)).extracting(r -> r.get(0) + ":" + r.get(1) + ":" + r.get(6))
                .containsExactlyInAnyOrder("Northland:other:", "Eastmark:other:");
    }

    @Test
    void aSpeakerOneArticleOnlyDescribesIsNamedByTheArticleThatIntroducesThem() {
        Extraction introduces = new Extraction(TreatyFact.UNKNOWN, List.of(), List.of(), List.of(),
                List.of(quote("Sergei Ivanov", "Foreign Minister", "official", "direct", PORTS, 10, 0.9)),
                List.of(new SpeakerFact("Sergei Ivanov", List.of(), "Foreign Minister", "", "Northland", "official")),
                List.of());
        Extraction describes = new Extraction(TreatyFact.UNKNOWN, List.of(), List.of(), List.of(),
                List.of(new QuoteFact("", "", "", "direct", LONG_CUT, 0, LONG_CUT.length(), 0.7,
                        "speech-verb-before-quote+role-elsewhere", "Northland|foreign minister")),
                List.of(), List.of());

        List<List<Object>> quotes = new BriefingMerger().merge(List.of(),
                List.of(new ArticleFacts("a.txt", introduces), new ArticleFacts("b.txt", describes))).rows(BriefingTable.QUOTES);

        assertThat(quotes).extracting(r -> r.get(1) + ":" + r.get(2))
                .containsExactly("a.txt:Sergei Ivanov", "b.txt:Sergei Ivanov");
    }
}
