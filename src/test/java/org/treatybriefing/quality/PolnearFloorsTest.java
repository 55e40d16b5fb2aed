package org.treatybriefing.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.treatybriefing.extract.ArticleExtractor;
import org.treatybriefing.extract.QuoteFact;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;
import org.treatybriefing.quality.QuoteSpanScorer.Figures;
import org.treatybriefing.quality.QuoteSpanScorer.Prediction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds quote extraction to floors on a fixed sample of the PolNeAR dev set (US political news,
 * span-level gold for direct and reported speech), scored as ../shared/tools/score_quotes.py
 * scores a run at coverage 0.3, so a regression in quote finding or attribution fails the build.
 * The extractor is called directly, without Spring or the job, to stay fast: the spans are the
 * job's, but the speakers are each article's own, before the job merges names across articles.
 * The corpus is read where CI keeps it (../shared); its texts are never copied into the repository.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolnearFloorsTest {

    private static final Path CORPUS = Path.of("../shared/corpus/polnear");
    /** Every 4th article of the 920, by file name: 230 articles across the seven publishers. */
    private static final int SAMPLE_STEP = 4;
    private static final int SAMPLE_SIZE = 230;
    private static final double THRESHOLD = 0.3;

    // Set just under what the build reaches (measured minus 0.02, rounded down), so a regression
    // fails; raise them when extraction improves.
    private static final double F1_FLOOR = 0.80;
    private static final double RECALL_WITH_MARKS_FLOOR = 0.90;
    private static final double RECALL_WITHOUT_MARKS_FLOOR = 0.68;
    private static final double SPEAKER_ACCURACY_FLOOR = 0.83;

    private Figures figures;

    @BeforeAll
    void extractAndScoreTheSample() throws Exception {
        List<Path> sample = sample();
        assertThat(sample).hasSize(SAMPLE_SIZE);
        ArticleExtractor extractor = new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());
        Map<String, List<Prediction>> predictions = new TreeMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(2); // extraction is thread-safe
        try {
            List<Future<List<Prediction>>> futures = new ArrayList<>();
            for (Path text : sample) {
                futures.add(threads.submit(() -> predictions(extractor, Files.readString(text))));
            }
            for (int i = 0; i < sample.size(); i++) {
                predictions.put(sample.get(i).getFileName().toString(), futures.get(i).get());
            }
        } finally {
            threads.shutdown();
        }
        List<Path> gold = sample.stream()
                .map(t -> CORPUS.resolve("gold").resolve(t.getFileName().toString().replaceFirst("\\.txt$", ".json")))
                .toList();
        figures = QuoteSpanScorer.score(gold, predictions, THRESHOLD);
        System.out.println("PolNeAR sample of " + sample.size() + " " + figures.line());
    }

    @Test
    void f1() {
        assertThat(figures.f1()).isGreaterThanOrEqualTo(F1_FLOOR);
    }

    @Test
    void recallOfQuotesWithQuoteMarks() {
        assertThat(figures.recallMarked()).isGreaterThanOrEqualTo(RECALL_WITH_MARKS_FLOOR);
    }

    @Test
    void recallOfReportedSpeechWithoutQuoteMarks() {
        assertThat(figures.recallUnmarked()).isGreaterThanOrEqualTo(RECALL_WITHOUT_MARKS_FLOOR);
    }

    @Test
    void speakerAccuracy() {
        assertThat(figures.speakerAccuracy()).isGreaterThanOrEqualTo(SPEAKER_ACCURACY_FLOOR);
    }

    private static List<Path> sample() throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.list(CORPUS.resolve("texts"))) {
            all = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SAMPLE_STEP) {
            sample.add(all.get(i));
        }
        return sample;
    }

    /** The article's quotes, offsets turned from Java's UTF-16 units into the gold's code points. */
    private static List<Prediction> predictions(ArticleExtractor extractor, String text) {
        List<Prediction> out = new ArrayList<>();
        for (QuoteFact q : extractor.extract(text).quotes()) {
            assertThat(0 <= q.start() && q.start() < q.end() && q.end() <= text.length())
                    .as("span %d..%d inside the text", q.start(), q.end()).isTrue();
            out.add(new Prediction(q.speaker(), text.codePointCount(0, q.start()), text.codePointCount(0, q.end())));
        }
        return out;
    }
}
