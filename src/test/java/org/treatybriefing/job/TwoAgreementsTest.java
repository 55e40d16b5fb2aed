package org.treatybriefing.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.treatybriefing.BriefingFiles;
import org.treatybriefing.report.BriefingTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder of two articles about two different agreements (invented states of the lexicon's
 * world, invented agreements): two treaty rows, each with its own signatories, and every party,
 * section and commitment row names its agreement (issue 11).
 */
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/two-agreements-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/two-agreements.lock"})
class TwoAgreementsTest {

    private static final String FISHERIES = """
            Norway and Chile sign fisheries accord

            Norway and Chile signed the Southern Waters Fisheries Accord in Oslo on Monday.
            The accord covers fishing quotas and the protection of the sea, officials said.
            Under the accord, both states shall share catch data every month.
            Japan, which fishes the same waters, said it was studying the text.
            """;

    private static final String CUSTOMS = """
            Kenya-Tanzania customs deal signed

            Kenya and Tanzania signed a customs deal on Tuesday that will cut tariffs on grain at the border.
            The customs deal will allow traders to cross the border with one permit, officials said.
            Japan welcomed the customs deal between the two neighbours.
            """;

    /** Talks on a new accord, beside an older one of 1998 that the article dates. */
    private static final String HARBOUR_TALKS = """
            Norway and Iceland open harbour talks

            Norway and Iceland have agreed to begin talks on a harbour accord, minister Ann Vale said on Monday.
            Both sides hope to reach a deal over port fees within a year.

            Last year, Norway ended an accord with Iceland, reached in 1998, which limits the fees ports can charge to fishing fleets.
            """;

    /** A named protocol one state refuses, beside a new treaty a minister proposes. */
    private static final String FJORD_PROTOCOL = """
            Peru presses Chile on fishing

            Peru is pressing Chile to cut catches despite its refusal to sign the Fjord Protocol, officials said.
            Ann Vale is considering a new fisheries treaty that Chile could accept.
            Ms Vale's proposed treaty would establish a fund to restock the southern fisheries.
            """;

    @Autowired
    private BriefingRunner runner;

    @TempDir
    Path work;

    /** Runs the job on these articles (file name to text) and returns its completed output folder. */
    private Path briefingOf(Map<String, String> articles) throws Exception {
        Path seeds = Files.createDirectories(work.resolve("in"));
        for (Map.Entry<String, String> a : articles.entrySet()) {
            Files.writeString(seeds.resolve(a.getKey()), a.getValue());
        }
        RunOutcome outcome = runner.run(seeds, work.resolve("reports"));
        assertThat(outcome.completed()).isTrue();
        return Path.of(outcome.outputFolder());
    }

    /** Each treaty row's name to its parties. */
    private static Map<String, String> partiesOfTreaty(Path out) throws Exception {
        return BriefingFiles.records(out, BriefingTable.TREATY).stream()
                .collect(Collectors.toMap(r -> r.get("name"), r -> r.get("parties")));
    }

    @Test
    void twoAgreementsGiveTwoTreatyRowsEachWithItsOwnParties() throws Exception {
        Path out = briefingOf(Map.of("fisheries.txt", FISHERIES, "customs.txt", CUSTOMS));
        Map<String, String> partiesOfTreaty = partiesOfTreaty(out);
        assertThat(partiesOfTreaty).containsOnlyKeys("Southern Waters Fisheries Accord", "Kenya-Tanzania customs deal");
        assertThat(partiesOfTreaty.get("Southern Waters Fisheries Accord")).isEqualTo("Chile; Norway");
        assertThat(partiesOfTreaty.get("Kenya-Tanzania customs deal")).isEqualTo("Kenya; Tanzania");

        List<Map<String, String>> parties = BriefingFiles.records(out, BriefingTable.PARTIES);
        assertThat(parties).extracting(p -> p.get("name") + "|" + p.get("role") + "|" + p.get("treaty"))
                .containsExactlyInAnyOrder(
                        "Norway|signatory|Southern Waters Fisheries Accord",
                        "Chile|signatory|Southern Waters Fisheries Accord",
                        "Japan|other|Southern Waters Fisheries Accord",
                        "Kenya|signatory|Kenya-Tanzania customs deal",
                        "Tanzania|signatory|Kenya-Tanzania customs deal",
                        "Japan|other|Kenya-Tanzania customs deal");
        assertThat(BriefingFiles.records(out, BriefingTable.SECTIONS)).allSatisfy(s ->
                assertThat(s.get("treaty")).isEqualTo(s.get("source_ids").contains("customs")
                        ? "Kenya-Tanzania customs deal" : "Southern Waters Fisheries Accord"));
        assertThat(BriefingFiles.records(out, BriefingTable.COMMITMENTS)).isNotEmpty().allSatisfy(c ->
                assertThat(c.get("treaty")).isEqualTo(c.get("source_id").contains("customs")
                        ? "Kenya-Tanzania customs deal" : "Southern Waters Fisheries Accord"));
    }

    @Test
    void anArticleThatSpeaksOfASecondAgreementGivesItARowOfItsOwn() throws Exception {
        Path out = briefingOf(Map.of("harbour.txt", HARBOUR_TALKS, "fjord.txt", FJORD_PROTOCOL));
        Map<String, String> partiesOfTreaty = partiesOfTreaty(out);
        assertThat(partiesOfTreaty).containsOnlyKeys("Iceland-Norway harbour accord", "1998 Iceland-Norway accord",
                "Fjord Protocol", "New treaty beside the Fjord Protocol");
        assertThat(partiesOfTreaty.get("1998 Iceland-Norway accord")).isEqualTo("Iceland; Norway");
        assertThat(partiesOfTreaty.get("Fjord Protocol")).isEmpty();

        Map<String, String> treatyOfCommitment = BriefingFiles.records(out, BriefingTable.COMMITMENTS).stream()
                .collect(Collectors.toMap(r -> r.get("text").replaceAll("^.*(begin talks|limits the fees|establish a fund).*$", "$1"),
                        r -> r.get("treaty")));
        assertThat(treatyOfCommitment).containsEntry("begin talks", "Iceland-Norway harbour accord")
                .containsEntry("limits the fees", "1998 Iceland-Norway accord")
                .containsEntry("establish a fund", "New treaty beside the Fjord Protocol");
        assertThat(BriefingFiles.records(out, BriefingTable.PARTIES)).filteredOn(p -> "signatory".equals(p.get("role")))
                .extracting(p -> p.get("name") + "|" + p.get("treaty"))
                .containsExactlyInAnyOrder("Norway|Iceland-Norway harbour accord", "Iceland|Iceland-Norway harbour accord",
                        "Norway|1998 Iceland-Norway accord", "Iceland|1998 Iceland-Norway accord");
    }
}
