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

    @Autowired
    private BriefingRunner runner;

    @TempDir
    Path work;

    @Test
    void twoAgreementsGiveTwoTreatyRowsEachWithItsOwnParties() throws Exception {
        Path seeds = Files.createDirectories(work.resolve("in"));
        Files.writeString(seeds.resolve("fisheries.txt"), FISHERIES);
        Files.writeString(seeds.resolve("customs.txt"), CUSTOMS);

        RunOutcome outcome = runner.run(seeds, work.resolve("reports"));

        assertThat(outcome.completed()).isTrue();
        Path out = Path.of(outcome.outputFolder());
        Map<String, String> partiesOfTreaty = BriefingFiles.records(out, BriefingTable.TREATY).stream()
                .collect(Collectors.toMap(r -> r.get("name"), r -> r.get("parties")));
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
}
