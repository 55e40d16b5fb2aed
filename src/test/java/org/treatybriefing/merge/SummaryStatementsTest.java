package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.treatybriefing.extract.Extraction;
import org.treatybriefing.extract.PartyFact;
import org.treatybriefing.extract.QuoteFact;
import org.treatybriefing.extract.SpeakerFact;
import org.treatybriefing.extract.TreatyFact;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.Summary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Summary's statements, speakers and representatives on invented articles: statements count
 * distinct stories, fragments are no statements, reported speech joins the quoted words it
 * reports, speakers carry their type and affiliation, a party's officials represent it.
 */
class SummaryStatementsTest {

    private static final String HARBOUR = "We will open the northern channel to every ship by spring";
    private static final String FEES = "the harbour fees will stay as they are for another five years";
    private static final String PILOTS = "pilots from both coasts will train together from next autumn";
    private static final String CRANES = "the new cranes arrive in the harbour before the winter storms";

    private static SourceRecord source(String id, String title) {
        return new SourceRecord(id, id, "sha-" + id, title, 300, "ok", "UTF-8", "", "txt", null);
    }

    private static QuoteFact said(String speaker, String kind, String text) {
        return new QuoteFact(speaker, "", "official", kind, text, 0, text.length(), 0.9, "said-after", "");
    }

    private static ArticleFacts article(String id, List<QuoteFact> quotes, List<SpeakerFact> speakers, List<PartyFact> parties) {
        return new ArticleFacts(id, new Extraction(TreatyFact.UNKNOWN, parties, List.of(), List.of(), quotes, speakers, List.of()));
    }

    private static ArticleFacts article(String id, QuoteFact... quotes) {
        return article(id, List.of(quotes), List.of(), List.of());
    }

    private static Summary summary(List<SourceRecord> sources, List<ArticleFacts> articles) {
        return new BriefingMerger().merge(sources, articles).summary();
    }

    @Test
    void twoVersionsOfOneStoryUnderTheSameHeadlineCountOnce() {
        List<SourceRecord> sources = List.of(source("a.txt", "Ports to open, minister says"),
                source("b.txt", "PORTS TO OPEN - minister says"), source("c.txt", "Harbour talks end in Castel Mar"));
        QuoteFact harbour = said("Ann Vale", "direct", HARBOUR);

        List<Summary.Statement> twoVersions = summary(sources.subList(0, 2),
                List.of(article("a.txt", harbour), article("b.txt", harbour))).topStatements();
        List<Summary.Statement> threeArticles = summary(sources,
                List.of(article("a.txt", harbour), article("b.txt", harbour), article("c.txt", harbour))).topStatements();

        assertThat(twoVersions).as("one story corroborates nothing").isEmpty();
        assertThat(threeArticles).singleElement().satisfies(st -> {
            assertThat(st.stories()).isEqualTo(2);
            assertThat(st.sourceIds()).containsExactly("a.txt", "b.txt", "c.txt");
            assertThat(st.headlines()).extracting(Summary.Headline::title)
                    .containsExactly("Ports to open, minister says", "Harbour talks end in Castel Mar");
        });
    }

    @Test
    void articlesCarryingNearlyTheSameStatementsAreOneStoryWhateverTheirHeadlines() {
        List<SourceRecord> sources = List.of(source("a.txt", "Ports to open, minister says"),
                source("b.txt", "Northland opens its ports"), source("c.txt", "Harbour talks end in Castel Mar"));
        List<QuoteFact> wire = List.of(said("Ann Vale", "direct", HARBOUR), said("Ann Vale", "direct", FEES),
                said("Ann Vale", "direct", PILOTS), said("Ann Vale", "direct", CRANES));

        List<Summary.Statement> top = summary(sources, List.of(article("a.txt", wire, List.of(), List.of()),
                article("b.txt", wire, List.of(), List.of()), article("c.txt", said("Ann Vale", "partial", HARBOUR))))
                .topStatements();

        assertThat(top).singleElement().satisfies(st -> {
            assertThat(st.text()).isEqualTo(HARBOUR);
            assertThat(st.stories()).as("a.txt and b.txt are one wire story; c.txt another").isEqualTo(2);
        });
    }

    @Test
    void aFragmentUnderFiveWordsIsNoStatementOfTheSummary() {
        List<SourceRecord> sources = List.of(source("a.txt", "Ports to open, minister says"),
                source("b.txt", "Harbour talks end in Castel Mar"));
        QuoteFact fragment = said("Ann Vale", "partial", "fully justified");

        assertThat(summary(sources, List.of(article("a.txt", fragment), article("b.txt", fragment))).topStatements())
                .isEmpty();
    }

    @Test
    void reportedSpeechJoinsTheQuotedWordsItReports() {
        List<SourceRecord> sources = List.of(source("a.txt", "Ports to open, minister says"),
                source("b.txt", "Harbour talks end in Castel Mar"));
        Briefing b = new BriefingMerger().merge(sources, List.of(article("a.txt", said("Ann Vale", "direct", HARBOUR)),
                article("b.txt", said("Ann Vale", "indirect", "she will open the northern channel to every ship by spring"))));

        List<List<Object>> quotes = b.rows(BriefingTable.QUOTES);
        int cluster = BriefingTable.QUOTES.headers().indexOf("cluster_id");
        assertThat(quotes).extracting(r -> r.get(cluster)).containsExactly("C0001", "C0001");
        assertThat(b.summary().topStatements()).singleElement().extracting(Summary.Statement::stories).isEqualTo(2);
    }

    @Test
    void speakersShowTheirTypeAndAffiliationAndAStatesMostQuotedOfficialsRepresentIt() {
        List<QuoteFact> quotes = new ArrayList<>();
        quotes.add(said("Ann Vale", "direct", HARBOUR));
        quotes.add(said("Ann Vale", "direct", FEES));
        quotes.add(said("Tom Berg", "direct", PILOTS));
        quotes.add(new QuoteFact("the harbour accord", "", "document", "partial", CRANES, 0, 10, 0.7, "treaty-wording", ""));
        List<SpeakerFact> speakers = List.of(
                new SpeakerFact("Ann Vale", List.of(), "trade minister", "", "Norland", "official"),
                new SpeakerFact("Tom Berg", List.of(), "port director", "", "Norland", "official"));
        List<PartyFact> parties = List.of(new PartyFact("Norland", "signatory", List.of(), List.of("Tom Berg"), 3));

        Summary s = summary(List.of(source("a.txt", "Ports to open, minister says")),
                List.of(article("a.txt", quotes, speakers, parties)));

        assertThat(s.speakers()).containsExactly(
                new Summary.SpeakerLine("Ann Vale", "official", "trade minister, Norland", 2),
                new Summary.SpeakerLine("Tom Berg", "official", "port director, Norland", 1),
                new Summary.SpeakerLine("the harbour accord", "document", "", 1));
        assertThat(s.parties()).singleElement().extracting(Summary.PartyLine::representatives)
                .isEqualTo(List.of("Ann Vale", "Tom Berg"));
    }
}
