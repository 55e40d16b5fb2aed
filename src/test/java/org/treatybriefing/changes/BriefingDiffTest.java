package org.treatybriefing.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatybriefing.changes.Snapshot.Row;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.SinceLastBriefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The differ on hand-made rows, table by table: each case is yesterday's rows, today's rows and
 * the Changes rows expected, written "change / table / key / before / after / source_ids".
 * Invented states, agreements and people.
 */
class BriefingDiffTest {

    private static final BriefingTable SOURCES = BriefingTable.SOURCES;
    private static final BriefingTable TREATY = BriefingTable.TREATY;
    private static final BriefingTable PARTIES = BriefingTable.PARTIES;
    private static final BriefingTable SECTIONS = BriefingTable.SECTIONS;
    private static final BriefingTable COMMITMENTS = BriefingTable.COMMITMENTS;
    private static final BriefingTable QUOTES = BriefingTable.QUOTES;
    private static final BriefingTable SPEAKERS = BriefingTable.SPEAKERS;

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("an article added, one gone, one edited at the same path",
                        snap(SOURCES, source("a.txt", "aa11", "Accord signed"), source("c.txt", "cc33", "Talks stall")),
                        snap(SOURCES, source("a.txt", "ab12", "Accord signed"), source("d.txt", "dd44", "Patrols begin")),
                        List.of("added / sources / d.txt /  / Patrols begin / d.txt",
                                "removed / sources / c.txt / Talks stall /  / c.txt",
                                "changed / sources / a.txt | sha256 / aa11 / ab12 / a.txt")),
                arguments("a file that was rejected is read now",
                        snap(SOURCES, Row.of("source_id", "b.pdf", "status", "rejected")),
                        snap(SOURCES, Row.of("source_id", "b.pdf", "status", "ok", "sha256", "bb22", "title", "Ports")),
                        List.of("changed / sources / b.pdf | status / rejected / ok / b.pdf",
                                "changed / sources / b.pdf | sha256 /  / bb22 / b.pdf")),
                arguments("a speaker's name is matched, whatever the case and spaces",
                        snap(SPEAKERS, speaker("Ann Vale", "Vale", "foreign minister", "a.txt")),
                        snap(SPEAKERS, speaker("ann  vale", "Vale", "foreign minister", "a.txt; d.txt")),
                        List.of("changed / speakers / ann  vale | name / Ann Vale / ann  vale / a.txt; d.txt")),
                arguments("a speaker known by the surname yesterday and by the full name today is one speaker",
                        snap(SPEAKERS, speaker("Vale", "", "", "a.txt")),
                        snap(SPEAKERS, speaker("Ann Vale", "Vale", "foreign minister", "a.txt; d.txt")),
                        List.of("changed / speakers / Ann Vale | name / Vale / Ann Vale / a.txt; d.txt",
                                "changed / speakers / Ann Vale | title /  / foreign minister / a.txt; d.txt")),
                arguments("speakers added and gone",
                        snap(SPEAKERS, speaker("Ann Vale", "", "foreign minister", "a.txt"),
                                speaker("Tomas Reed", "Reed", "senior fellow", "c.txt")),
                        snap(SPEAKERS, speaker("Ann Vale", "", "foreign minister", "a.txt"),
                                speaker("Marta Holm", "", "defence minister", "d.txt")),
                        List.of("added / speakers / Marta Holm /  / defence minister / d.txt",
                                "removed / speakers / Tomas Reed / senior fellow /  / c.txt")),
                arguments("a party added, one that changed role, and the same name in another agreement",
                        snap(PARTIES, party("Norland", "signatory", "Harbour Accord", "a.txt"),
                                party("Sudmark", "other", "Harbour Accord", "a.txt")),
                        snap(PARTIES, party("Norland", "signatory", "Harbour Accord", "a.txt"),
                                party("Sudmark", "signatory", "Harbour Accord", "a.txt; d.txt"),
                                party("Norland", "other", "Customs Pact", "e.txt"),
                                party("Westmark", "other", "", "e.txt")),
                        List.of("added / parties / Norland | Customs Pact /  / other / e.txt",
                                "added / parties / Westmark /  / other / e.txt",
                                "changed / parties / Sudmark | Harbour Accord | role / other / signatory / a.txt; d.txt")),
                arguments("treaty facts that changed; parties listed in another order did not",
                        snap(TREATY, treaty("Harbour Accord", "", "Port Elin", "10", "Norland; Sudmark", "a.txt")),
                        snap(TREATY, treaty("Harbour Accord", "", "Port Elin", "20", "Sudmark; Norland", "a.txt; d.txt")),
                        List.of("changed / treaty / Harbour Accord | duration_years / 10 / 20 / a.txt; d.txt")),
                arguments("an unnamed deal that got its name is the same agreement, and its parties follow it",
                        snap(TREATY, treaty("Norland-Sudmark fisheries accord", "", "", "", "Norland; Sudmark", "a.txt"))
                                .add(PARTIES, party("Norland", "signatory", "Norland-Sudmark fisheries accord", "a.txt")),
                        snap(TREATY, treaty("Harbour Accord", "Norland-Sudmark fisheries accord", "", "", "Norland; Sudmark",
                                "a.txt; d.txt"))
                                .add(PARTIES, party("Norland", "signatory", "Harbour Accord", "a.txt; d.txt")),
                        List.of("changed / treaty / Harbour Accord | name / Norland-Sudmark fisheries accord / Harbour Accord"
                                + " / a.txt; d.txt")),
                arguments("agreements added and gone",
                        snap(TREATY, treaty("Harbour Accord", "", "", "", "Norland; Sudmark", "a.txt")),
                        snap(TREATY, treaty("Customs Pact", "", "", "", "Sudmark; Westmark", "e.txt")),
                        List.of("added / treaty / Customs Pact /  / Sudmark; Westmark / e.txt",
                                "removed / treaty / Harbour Accord / Norland; Sudmark /  / a.txt")),
                arguments("sections added and gone, matched by kind, label and agreement",
                        snap(SECTIONS, section("article", "Article 4", "Harbour Accord", "a.txt"),
                                section("area", "trade", "Harbour Accord", "a.txt")),
                        snap(SECTIONS, section("area", "trade", "Harbour Accord", "a.txt"),
                                section("area", "trade", "Customs Pact", "e.txt"),
                                section("area", "defence", "Harbour Accord", "d.txt")),
                        List.of("added / sections / area | trade | Customs Pact /  / trade wording / e.txt",
                                "added / sections / area | defence | Harbour Accord /  / defence wording / d.txt",
                                "removed / sections / article | Article 4 | Harbour Accord / Article 4 wording /  / a.txt")),
                arguments("a commitment stated again by a new article, or reworded, is not new; a negated one is",
                        snap(COMMITMENTS, commitment("a.txt", "Both states shall share catch data every month.", "positive")),
                        snap(COMMITMENTS, commitment("a.txt", "Both states shall share catch data every month.", "positive"),
                                commitment("d.txt", "Both states shall share their catch data every month", "positive"),
                                commitment("e.txt", "Both states shall not share catch data every month.", "negative")),
                        List.of("added / commitments / Harbour Accord | Both states shall not share catch data every month."
                                + " /  / commit / e.txt")),
                arguments("a commitment gone with its only article",
                        snap(COMMITMENTS, commitment("a.txt", "Both states shall share catch data every month.", "positive"),
                                commitment("c.txt", "The parties shall hold joint naval patrols.", "positive")),
                        snap(COMMITMENTS, commitment("a.txt", "Both states shall share catch data every month.", "positive")),
                        List.of("removed / commitments / Harbour Accord | The parties shall hold joint naval patrols."
                                + " / commit /  / c.txt")),
                arguments("statements: a new one, one gone, one carried by one more article, one reworded",
                        snap(QUOTES, quote("Q1", "a.txt", "Ann Vale", "This accord gives our fishermen certainty", "C1"),
                                quote("Q2", "b.txt", "Ann Vale", "This accord gives our fishermen certainty", "C1"),
                                quote("Q3", "c.txt", "Tomas Reed", "A careful compromise neither capital can abandon", "C2"),
                                quote("Q4", "b.txt", "Petra Lund", "We will open the northern channel by the spring", "C3")),
                        snap(QUOTES, quote("Q1", "a.txt", "Ann Vale", "This accord gives our fishermen certainty", "C1"),
                                quote("Q2", "b.txt", "Ann Vale", "This accord gives our fishermen certainty", "C1"),
                                quote("Q3", "b.txt", "Petra Lund", "we will open the northern channel in the spring", "C2"),
                                quote("Q4", "d.txt", "Ann Vale", "This accord gives our fishermen certainty", "C1"),
                                quote("Q5", "d.txt", "Marta Holm", "The patrols will keep the strait safe", "C3"),
                                quote("Q6", "e.txt", "Marta Holm", "The patrols will keep the strait safe", "C3"),
                                quote("Q7", "d.txt", "Marta Holm", "no cluster: an indirect quote", "")),
                        List.of("added / quotes / Marta Holm | The patrols will keep the strait safe /  / 2 / d.txt; e.txt",
                                "removed / quotes / Tomas Reed | A careful compromise neither capital can abandon / 1 /  / c.txt",
                                "changed / quotes / Ann Vale | This accord gives our fishermen certainty | articles"
                                        + " / a.txt; b.txt / a.txt; b.txt; d.txt / a.txt; b.txt; d.txt")),
                arguments("the same words from another speaker are another statement",
                        snap(QUOTES, quote("Q1", "a.txt", "Ann Vale", "We will sign in May", "C1")),
                        snap(QUOTES, quote("Q1", "a.txt", "Ann Vale", "We will sign in May", "C1"),
                                quote("Q2", "d.txt", "Petra Lund", "We will sign in May", "C2")),
                        List.of("added / quotes / Petra Lund | We will sign in May /  / 1 / d.txt")),
                arguments("a statement follows its speaker's new name",
                        snap(SPEAKERS, speaker("Vale", "", "", "a.txt"))
                                .add(QUOTES, quote("Q1", "a.txt", "Vale", "We will sign in May", "C1")),
                        snap(SPEAKERS, speaker("Ann Vale", "Vale", "", "a.txt"))
                                .add(QUOTES, quote("Q1", "a.txt", "Ann Vale", "We will sign in May", "C1")),
                        List.of("changed / speakers / Ann Vale | name / Vale / Ann Vale / a.txt")),
                arguments("two statements today that were one yesterday are neither new nor gone",
                        snap(QUOTES, quote("Q1", "a.txt", "Ann Vale", "We will open the channel by the spring", "C1"),
                                quote("Q2", "b.txt", "Ann Vale", "We will open the channel", "C1")),
                        snap(QUOTES, quote("Q1", "a.txt", "Ann Vale", "We will open the channel by the spring", "C1"),
                                quote("Q2", "b.txt", "Ann Vale", "We will open the channel", "C2")),
                        List.of("changed / quotes / Ann Vale | We will open the channel by the spring | articles"
                                + " / a.txt; b.txt / a.txt / a.txt")),
                arguments("a new wording of a statement already paired is not a new statement",
                        snap(QUOTES, quote("Q1", "a.txt", "Ann Vale", "We will open the northern channel by the spring", "C1")),
                        snap(QUOTES, quote("Q1", "a.txt", "Ann Vale", "We will open the northern channel by the spring", "C1"),
                                quote("Q2", "d.txt", "Ann Vale", "we will open the northern channel in the spring", "C2")),
                        List.of()),
                arguments("a reworded statement is the same statement, now carried by its new article",
                        snap(QUOTES, quote("Q1", "a.txt", "Ann Vale", "We will open the northern channel by the spring", "C1")),
                        snap(QUOTES, quote("Q1", "d.txt", "Ann Vale", "we will open the northern channel in the spring", "C1")),
                        List.of("changed / quotes / Ann Vale | we will open the northern channel in the spring | articles"
                                + " / a.txt / d.txt / d.txt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void changesBetweenTwoBriefings(String name, Snapshot before, Snapshot now, List<String> expected) {
        assertThat(lines(BriefingDiff.between(before, now).changes())).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBriefingComparedWithItselfHasNoChanges(String name, Snapshot before, Snapshot now, List<String> expected) {
        assertThat(BriefingDiff.between(before, before).changes()).isEmpty();
        assertThat(BriefingDiff.between(now, now).changes()).isEmpty();
    }

    @Test
    void theSummaryCountsEachTableAndListsTheNewStatementsMostCorroboratedFirst() {
        Snapshot before = snap(SOURCES, source("a.txt", "aa11", "Accord signed"), source("c.txt", "cc33", "Talks stall"))
                .add(QUOTES, quote("Q1", "a.txt", "Ann Vale", "This accord gives our fishermen certainty", "C1"));
        Snapshot now = snap(SOURCES, source("a.txt", "aa11", "Accord signed"), source("d.txt", "dd44", "Patrols begin"),
                source("e.txt", "ee55", "Fleets return"))
                .add(QUOTES, quote("Q1", "a.txt", "Ann Vale", "This accord gives our fishermen certainty", "C1"))
                .add(QUOTES, quote("Q2", "d.txt", "Petra Lund", "The northern channel opens in spring", "C2"))
                .add(QUOTES, quote("Q3", "d.txt", "Marta Holm", "The patrols will keep the strait safe", "C3"))
                .add(QUOTES, quote("Q4", "e.txt", "Marta Holm", "The patrols will keep the strait safe for all", "C3"))
                .add(QUOTES, quote("Q5", "e.txt", "", "Words nobody was found to have said here", "C4"));

        SinceLastBriefing since = BriefingDiff.between(before, now).since("2026-12-01T020000_inbox", "/r/2026-12-01T020000_inbox");

        assertThat(since.previousRun()).isEqualTo("2026-12-01T020000_inbox");
        assertThat(since.counts()).extracting(c -> c.what() + ": " + c.text())
                .containsExactly("Articles: 2 new, 1 gone", "Statements: 3 new");
        assertThat(since.newStatements()).extracting(s -> s.speaker() + " (" + s.articles() + "): " + s.text())
                .as("the most corroborated first; a statement without a speaker is not listed")
                .containsExactly("Marta Holm (2): The patrols will keep the strait safe for all",
                        "Petra Lund (1): The northern channel opens in spring");
    }

    @Test
    void aCellGuardedAgainstFormulasInTheCsvFileReadsAsTheStagedValue() {
        Snapshot staged = new Snapshot().addCells(SPEAKERS, List.of("=Ann Vale", "", "-minister", "", "official", 2, "a.txt", 1));
        Snapshot read = new Snapshot().add(SPEAKERS, new Row(java.util.Map.of("name", "=Ann Vale", "title", "-minister",
                "type", "official", "quotes", "2", "source_ids", "a.txt", "article_count", "1")));

        assertThat(staged.rows(SPEAKERS).get(0).get("name")).isEqualTo("=Ann Vale");
        assertThat(staged.rows(SPEAKERS).get(0).get("quotes")).isEqualTo("2");
        assertThat(BriefingDiff.between(read, staged).changes()).isEmpty();
    }

    // ---------------------------------------------------------------- rows

    static Snapshot snap(BriefingTable table, Row... rows) {
        Snapshot s = new Snapshot();
        for (Row r : rows) {
            s.add(table, r);
        }
        return s;
    }

    static Row source(String id, String sha, String title) {
        return Row.of("source_id", id, "file", id, "sha256", sha, "title", title, "status", "ok");
    }

    static Row speaker(String name, String aliases, String title, String sources) {
        return Row.of("name", name, "aliases", aliases, "title", title, "type", "official", "source_ids", sources);
    }

    static Row party(String name, String role, String treaty, String sources) {
        return Row.of("name", name, "role", role, "source_ids", sources, "treaty", treaty);
    }

    static Row treaty(String name, String aliases, String signedAt, String years, String parties, String sources) {
        return Row.of("name", name, "aliases", aliases, "signed_at", signedAt, "duration_years", years, "parties", parties,
                "source_ids", sources);
    }

    static Row section(String kind, String label, String treaty, String sources) {
        return Row.of("kind", kind, "label", label, "detail", label + " wording",
                "source_ids", sources, "treaty", treaty);
    }

    static Row commitment(String source, String text, String polarity) {
        return Row.of("source_id", source, "modality", "commit", "polarity", polarity, "text", text,
                "treaty", "Harbour Accord");
    }

    static Row quote(String id, String source, String speaker, String text, String cluster) {
        return Row.of("quote_id", id, "source_id", source, "speaker", speaker, "kind", cluster.isEmpty() ? "indirect" : "direct",
                "text", text, "cluster_id", cluster);
    }

    static List<String> lines(List<Change> changes) {
        List<String> lines = new ArrayList<>();
        for (Change c : changes) {
            lines.add(String.join(" / ", c.cells().stream().map(Object::toString).toList()));
        }
        return lines;
    }
}
