package org.treatybriefing.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.treatybriefing.PathologicalTexts;
import org.treatybriefing.TreatyBriefingApplication;
import org.treatybriefing.job.BriefingJobConfiguration;
import org.treatybriefing.job.BriefingRunner;
import org.treatybriefing.job.RunOutcome;

/**
 * The speed benchmark: builds a corpus of N articles in target/ from ../shared/corpus/bbc
 * (repeated under new names, each copy made unique so no stored extraction is reused), runs the
 * whole job on it with a fresh database, and prints for each step its time, articles per second
 * and peak heap (see {@link HeapTimeline}), then wall time, peak heap and peak RSS.
 *
 * <pre>mvn -q -Pbenchmark -DskipTests verify -Dbenchmark.articles=10000</pre>
 * (N = 0 runs the five seeds instead, first three times with the README's command in a new JVM;
 * {@code pathological} the hostile files of the bad-input tests.)
 */
public final class BriefingBenchmark {

    private static final Path BBC = Path.of("../shared/corpus/bbc");
    private static final String REPEATED = "-repeated";

    public static void main(String[] args) throws Exception {
        boolean pathological = args.length > 0 && args[0].equals("pathological");
        // "100000-repeated": copies left identical, so only the 2,225 BBC articles are extracted
        boolean repeated = args.length > 0 && args[0].endsWith(REPEATED);
        int n = pathological ? 4 : args.length > 0 ? Integer.parseInt(args[0].replace(REPEATED, "")) : 1000;
        Path seeds = pathological ? buildPathological() : n == 0 ? Path.of("seeds") : buildCorpus(n, !repeated);
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        if (n == 0 && !pathological) {
            timeReadmeCommand(work);
        }
        String db = work.toAbsolutePath().resolve("db-" + System.nanoTime()).toString();
        long start = System.nanoTime();
        try (HeapTimeline heap = new HeapTimeline();
             ConfigurableApplicationContext ctx = new SpringApplication(TreatyBriefingApplication.class).run(
                "--briefing.command-line=false",
                "--data=" + work.toAbsolutePath(), // its log in target/benchmark, not the project's data/
                "--spring.datasource.url=jdbc:h2:file:" + db + ";AUTO_SERVER=TRUE",
                "--briefing.lock-file=" + db + ".lock")) {
            // a reports folder per corpus: a second run of the same corpus compares with the first
            // (a nightly rerun), a run of another size never compares with it
            Path reports = work.resolve("reports-" + (pathological ? "pathological" : n == 0 ? "seeds" : args[0]));
            RunOutcome outcome = ctx.getBean(BriefingRunner.class).run(seeds, reports);
            long wall = System.nanoTime() - start;
            System.out.println("benchmark: " + (pathological ? "pathological text (a 4.9 MB line, 5,000 stray marks, "
                    + "2,000 nested quotes, one normal article)" : n == 0 ? "the five seeds"
                    : n + (repeated ? " articles, copies identical (extractions reused)" : " articles")) + " from " + seeds);
            System.out.println(outcome.countsLine());
            printSteps(ctx.getBean(JobRepository.class), heap);
            System.out.printf("job wall time (context up to briefing written): %.1f s%n", wall / 1e9);
            if (n > 0 || pathological) { // with the seeds, this JVM also waited for the three README runs
                System.out.printf("process wall time since JVM start: %.1f s%n",
                        (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3);
            }
            System.out.printf("peak heap: %d MB, after a collection %d MB (max heap %d MB)%n",
                    heap.peak() >> 20, heap.afterGc() >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.println("peak RSS: " + peakRss());
            if (!outcome.completed()) {
                throw new IllegalStateException("the run failed: " + outcome.failure());
            }
        }
    }

    /** The README's run command on the seeds, three times, each in a new JVM with a fresh database. */
    private static void timeReadmeCommand(Path work) throws IOException, InterruptedException {
        Path archive = Path.of("target/app/treaty-briefing.jsa");
        if (!Files.exists(archive)) {
            throw new IllegalStateException(archive + " is missing: run the benchmark through Maven's verify phase");
        }
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        System.out.println("README command on the seeds (java -XX:SharedArchiveFile=" + archive
                + " -jar target/app/treaty-briefing.jar), fresh database each time:");
        for (int i = 1; i <= 3; i++) {
            String db = work.toAbsolutePath().resolve("db-" + System.nanoTime()).toString();
            List<String> command = new ArrayList<>();
            if (gnuTime) {
                command.addAll(List.of("/usr/bin/time", "-f", "peak RSS %M kB"));
            }
            command.addAll(List.of("java", "-XX:SharedArchiveFile=" + archive, "-jar", "target/app/treaty-briefing.jar",
                    "--reports=" + work.resolve("reports"), "--spring.datasource.url=jdbc:h2:file:" + db,
                    "--briefing.lock-file=" + db + ".lock"));
            Path output = work.resolve("readme-command.txt");
            long start = System.nanoTime();
            int exit = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start().waitFor();
            long wall = System.nanoTime() - start;
            String rss = Files.readAllLines(output).stream().filter(l -> l.startsWith("peak RSS")).findFirst().orElse("");
            System.out.printf("  run %d: %.2f s wall including JVM start, exit %d %s%n", i, wall / 1e9, exit, rss);
            if (exit != 0) {
                throw new IllegalStateException("the README command failed: " + Files.readString(output));
            }
        }
        System.out.println("The same run inside this JVM (classes from target/, no class-data archive), step by step:");
    }

    private static void printSteps(JobRepository repository, HeapTimeline heap) {
        JobInstance instance = repository.getLastJobInstance(BriefingJobConfiguration.JOB_NAME);
        JobExecution execution = repository.getLastJobExecution(instance);
        int articles = 0;
        List<StepExecution> steps = new ArrayList<>(execution.getStepExecutions());
        steps.sort((a, b) -> a.getStartTime().compareTo(b.getStartTime()));
        for (StepExecution s : steps) {
            if (s.getStepName().equals("readArticles")) {
                articles = (int) s.getWriteCount();
            }
        }
        for (StepExecution s : steps) {
            if (s.getStepName().contains(":")) {
                continue; // partitions are summed by their manager step
            }
            double seconds = Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1e3;
            System.out.printf("  step %-16s %6.1f s  %8.0f articles/s  peak heap %4d MB, after a collection %4d MB%n",
                    s.getStepName(), seconds, seconds > 0 ? articles / seconds : 0,
                    heap.peakBetween(s.getStartTime(), s.getEndTime()) >> 20,
                    heap.afterGcBetween(s.getStartTime(), s.getEndTime()) >> 20);
        }
    }

    /** N articles: the BBC corpus in order, then again under new names with a line that makes each copy unique. */
    static Path buildCorpus(int n) throws IOException {
        return buildCorpus(n, true);
    }

    /**
     * N articles: the BBC corpus in order, then again under new names; {@code distinct}: with a
     * line that makes each copy unique, else the same text, whose stored extraction each copy
     * reuses (the steps but extraction at N articles, in a fraction of the time).
     */
    static Path buildCorpus(int n, boolean distinct) throws IOException {
        Path target = Path.of("target/benchmark/corpus-" + n + (distinct ? "" : REPEATED));
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.count() == n) {
                    return target;
                }
            }
        }
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(BBC)) {
            sources = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().equals("README.TXT"))
                    .sorted().toList();
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no articles under " + BBC.toAbsolutePath() + " (the benchmark needs ../shared/corpus)");
        }
        Files.createDirectories(target);
        for (int i = 0; i < n; i++) {
            Path from = sources.get(i % sources.size());
            int copy = i / sources.size();
            String text = new String(Files.readAllBytes(from), StandardCharsets.ISO_8859_1);
            if (copy > 0 && distinct) {
                text = text + "\n\n(Copy " + copy + " for the benchmark.)\n";
            }
            Files.writeString(target.resolve(String.format("%05d_%s_%s", i, from.getParent().getFileName(), from.getFileName())),
                    text, StandardCharsets.UTF_8);
        }
        return target;
    }

    /** The hostile files of the bad-input tests, beside one normal article. */
    static Path buildPathological() throws IOException {
        Path target = Files.createDirectories(Path.of("target/benchmark/pathological"));
        PathologicalTexts.writeInto(target);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            Files.copy(seeds.sorted().findFirst().orElseThrow(), target.resolve("normal.txt"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a (no /proc)";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replace("VmHWM:", "").trim()).findFirst().orElse("n/a");
    }
}
