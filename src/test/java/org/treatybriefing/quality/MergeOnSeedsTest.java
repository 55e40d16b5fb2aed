package org.treatybriefing.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.treatybriefing.BriefingFiles;
import org.treatybriefing.job.RunParameters;
import org.treatybriefing.report.BriefingTable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merge across the seed articles, checked against the gold through general rules (the
 * code under test names no one): each gold speaker is one speakers row, spellings of one name
 * are aliases of one row, and a statement the gold gives the same speaker in several articles
 * is one quote cluster.
 */
@SpringBatchTest
@SpringBootTest(properties = {
        "briefing.command-line=false",
        "spring.datasource.url=jdbc:h2:file:./target/test-db/merge-${random.uuid};AUTO_SERVER=TRUE",
        "briefing.lock-file=target/test-db/merge.lock"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergeOnSeedsTest {

    @Autowired
    private JobOperatorTestUtils jobOperatorTestUtils;

    private List<Map<String, String>> speakers;
    private List<Map<String, String>> quotes;
    private final List<JsonNode> gold = new ArrayList<>();

    @BeforeAll
    void runTheJobOnTheSeeds() throws Exception {
        RunParameters run = RunParameters.startingNow(Path.of("seeds"), Files.createTempDirectory("merge"), LocalDateTime.now());
        assertThat(jobOperatorTestUtils.startJob(run.toJobParameters()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        speakers = BriefingFiles.records(run.outputFolder(), BriefingTable.SPEAKERS);
        quotes = BriefingFiles.records(run.outputFolder(), BriefingTable.QUOTES);
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/gold"))) {
            for (Path f : files.sorted().toList()) {
                gold.add(json.readTree(Files.readString(f)));
            }
        }
    }

    @Test
    void eachGoldSpeakerIsOneSpeakersRowWhateverTheArticlesCallThem() {
        // the speakers of the quotes the gold requires (a speaker with only optional quotes may have no row)
        Set<String> surnames = new HashSet<>();
        gold.forEach(g -> g.get("quotes").forEach(q -> {
            if (q.get("required").asBoolean() && !q.get("speaker").asString().equals("treaty")) {
                surnames.add(GoldScorer.surname(q.get("speaker").asString()));
            }
        }));
        assertThat(surnames).hasSizeGreaterThan(5);
        for (String surname : surnames) {
            assertThat(speakers).as("speakers rows for '%s'", surname)
                    .filteredOn(r -> GoldScorer.surname(r.get("name")).equals(surname))
                    .hasSize(1);
        }
    }

    @Test
    void spellingsOfOneNameAreAliasesOfOneRow() {
        Map<String, Set<String>> spellings = new HashMap<>();
        gold.forEach(g -> g.get("speakers").forEach(s -> {
            String name = s.get("name").asString();
            spellings.computeIfAbsent(GoldScorer.surname(name), k -> new HashSet<>()).add(name);
        }));
        List<Set<String>> variants = spellings.values().stream().filter(v -> v.size() > 1).toList();
        assertThat(variants).as("the gold holds a name spelled two ways").isNotEmpty();
        for (Set<String> names : variants) {
            Map<String, String> row = speakers.stream()
                    .filter(r -> GoldScorer.surname(r.get("name")).equals(GoldScorer.surname(names.iterator().next())))
                    .findFirst().orElseThrow();
            Set<String> forms = new HashSet<>(List.of(row.get("aliases").split("; ")));
            forms.add(row.get("name"));
            assertThat(forms).containsAll(names);
        }
    }

    @Test
    void aStatementQuotedByManyArticlesIsOneClusterCorroboratedByThem() {
        // gold quotes of one speaker, in different articles, worded alike: one statement
        List<GoldQuote> all = new ArrayList<>();
        gold.forEach(g -> g.get("quotes").forEach(q -> all.add(new GoldQuote(g.get("source_id").asString(),
                GoldScorer.surname(q.get("speaker").asString()), q.get("text").asString()))));
        int checked = 0;
        for (GoldQuote a : all) {
            List<GoldQuote> same = all.stream().filter(b -> !b.source().equals(a.source()) && b.speaker().equals(a.speaker())
                    && jaccard(a.text(), b.text()) >= 0.6).toList();
            if (same.size() < 2) {
                continue;
            }
            Set<String> clusters = new HashSet<>();
            Set<String> sources = new HashSet<>();
            for (GoldQuote g : concat(a, same)) {
                Map<String, String> predicted = quotes.stream()
                        .filter(q -> q.get("source_id").equals(g.source()) && GoldScorer.textMatch(q.get("text"), g.text()))
                        .findFirst().orElseThrow(() -> new AssertionError("no quote found for " + g));
                clusters.add(predicted.get("cluster_id"));
                sources.add(g.source());
                if (g == a) {
                    assertThat(predicted.get("corroborating_source_ids").split("; "))
                            .containsAll(same.stream().map(GoldQuote::source).toList());
                }
            }
            assertThat(clusters).as("clusters of '%s'", a.text()).hasSize(1);
            assertThat(sources).hasSizeGreaterThanOrEqualTo(3);
            checked++;
        }
        assertThat(checked).as("statements carried by three articles or more").isPositive();
    }

    private record GoldQuote(String source, String speaker, String text) {
    }

    private static List<GoldQuote> concat(GoldQuote a, List<GoldQuote> rest) {
        List<GoldQuote> out = new ArrayList<>(rest);
        out.add(0, a);
        return out;
    }

    private static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(GoldScorer.tokens(a));
        Set<String> y = new HashSet<>(GoldScorer.tokens(b));
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return union.isEmpty() ? 0 : (double) inter.size() / union.size();
    }
}
