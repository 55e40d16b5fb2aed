package org.treatybriefing.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.lexicon.Lexicons;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Extraction is a pure function of an article's text: the same article gives the same
 * {@link Extraction}, field for field, whatever the process extracted before it, in whichever
 * order and on however many threads. A fresh JVM extracts each article of a corpus sample alone
 * (a new extractor per article); this (warm) JVM extracts 400 other articles first, then the
 * sample in reverse order on three threads with one extractor; every extraction must be equal.
 */
class ExtractionIsPureTest {

    private static final Path BBC = Path.of("../shared/corpus/bbc");
    /** Every n-th file of the corpus: a sample across its five sections. */
    private static final int SAMPLE_STEP = 45;
    /** An article whose quotes once changed when two others were extracted before it in the same process. */
    private static final java.util.Set<String> KNOWN_TO_DIFFER = java.util.Set.of("politics/039.txt", "business/296.txt", "sport/126.txt");

    @Test
    void anArticlesExtractionDoesNotDependOnWhatWasExtractedBeforeIt() throws Exception {
        List<Path> corpus = corpus();
        List<Path> sample = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            boolean sampled = i % SAMPLE_STEP == 0 || KNOWN_TO_DIFFER.contains(key(corpus.get(i)));
            (sampled ? sample : others).add(corpus.get(i));
        }
        assertThat(sample).hasSizeGreaterThan(40);

        Map<String, String> fresh = extractInFreshJvm(sample);

        ArticleExtractor warm = new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());
        for (Path p : others.subList(0, Math.min(400, others.size()))) {
            warm.extract(read(p));
        }
        List<Path> reversed = new ArrayList<>(sample);
        Collections.reverse(reversed);
        Map<String, String> warmResults = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path p : reversed) {
                futures.add(threads.submit(() -> {
                    warmResults.put(key(p), line(warm.extract(read(p))));
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            threads.shutdown();
            threads.awaitTermination(1, TimeUnit.MINUTES);
        }

        assertThat(fresh).hasSameSizeAs(sample);
        for (Map.Entry<String, String> e : fresh.entrySet()) {
            assertThat(warmResults.get(e.getKey())).as("extraction of %s", e.getKey()).isEqualTo(e.getValue());
        }
    }

    private static Map<String, String> extractInFreshJvm(List<Path> sample) throws Exception {
        Path list = Files.createTempFile("pure-sample", ".txt");
        Path out = Files.createTempFile("pure-fresh", ".txt");
        Files.write(list, sample.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                FreshExtraction.class.getName(), list.toString(), out.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("fresh JVM finished").isTrue();
        assertThat(process.exitValue()).as("fresh JVM exit code").isZero();
        Map<String, String> results = new TreeMap<>();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            results.put(lines.get(i), lines.get(i + 1));
        }
        Files.delete(list);
        Files.delete(out);
        return results;
    }

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.walk(BBC)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String key(Path p) {
        return p.getParent().getFileName() + "/" + p.getFileName();
    }

    /** Every field of the extraction on one line (records print all their components). */
    static String line(Extraction e) {
        return e.toString().replace('\n', ' ').replace('\r', ' ');
    }

    static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    }

    /** The fresh JVM's side: extracts each listed file alone, and writes key and result lines. */
    public static final class FreshExtraction {
        public static void main(String[] args) throws IOException {
            Lexicons lexicons = LexiconLoader.load(Path.of("config"));
            List<String> lines = new ArrayList<>();
            for (String file : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
                Path p = Path.of(file);
                // each article alone: an extractor that has seen nothing else
                ArticleExtractor extractor = new ArticleExtractor(lexicons, LanguageModels.shared());
                lines.add(key(p));
                lines.add(line(extractor.extract(read(p))));
            }
            Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        }
    }
}
