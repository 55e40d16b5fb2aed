package org.treatybriefing.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.treatybriefing.BriefingProperties;
import org.treatybriefing.article.ArticleReader;
import org.treatybriefing.article.ReadOutcome;
import org.treatybriefing.article.SeedFolder;
import org.treatybriefing.changes.CompareWithPrevious;
import org.treatybriefing.config.ConfigLocation;
import org.treatybriefing.extract.ArticleExtractor;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.merge.BriefingMerger;
import org.treatybriefing.nlp.LanguageModels;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.ReportWriter;
import org.treatybriefing.report.RunInfo;
import org.treatybriefing.store.ArticleToExtract;
import org.treatybriefing.store.StagingStore;

/**
 * The briefing job, step by step, as the data goes: read the folder's articles into staging,
 * extract each article (partitioned, in parallel), merge across articles, compare with the
 * previous briefing, write the workbook and CSV files. Rows pass between steps through the
 * staging tables, not through memory.
 */
@Configuration
public class BriefingJobConfiguration {

    public static final String JOB_NAME = "briefingJob";
    /** Execution-context key: the run's output folder, for the command line to print. */
    public static final String OUTPUT_FOLDER = "outputFolder";

    private static final Logger log = LoggerFactory.getLogger(BriefingJobConfiguration.class);
    private static final StepStartLog STEP_START_LOG = new StepStartLog();

    @Bean
    public Job briefingJob(JobRepository repository, Step readArticles, Step extractArticles, Step mergeBriefing,
                           Step compareBriefings, Step writeReports) {
        return new JobBuilder(JOB_NAME, repository)
                .start(readArticles)
                .next(extractArticles)
                .next(mergeBriefing)
                .next(compareBriefings)
                .next(writeReports)
                .build();
    }

    // --- the extractor and its lexicons, loaded once per process

    /**
     * Where the lexicon files are read from: {@code briefing.lexicons} when set, then the config
     * folders of the command line ({@code --config=DIR}, ./config, beside the jar), then the
     * built-in copies.
     */
    @Bean
    public ConfigLocation lexiconLocation(ApplicationArguments args, BriefingProperties properties) {
        List<String> option = args.getOptionValues("config");
        ConfigLocation location = ConfigLocation.resolve(option == null || option.isEmpty() ? null : option.get(option.size() - 1));
        location = properties.lexicons() == null ? location : location.withFirst(properties.lexicons());
        log.info("config folders: {}", location);
        return location;
    }

    @Bean
    public ExtractorKey extractorKey(ConfigLocation lexiconLocation) {
        return ExtractorKey.of(lexiconLocation);
    }

    @Bean
    public ArticleExtractor articleExtractor(ConfigLocation lexiconLocation) {
        return new ArticleExtractor(LexiconLoader.load(lexiconLocation), LanguageModels.shared());
    }

    // --- step 1: read the folder

    @Bean
    public Step readArticles(JobRepository repository, PlatformTransactionManager tx, ListItemReader<IndexedFile> seedFiles,
                             ArticleReading readArticle, ArticleStaging stageArticles) {
        return new StepBuilder("readArticles", repository)
                .listener(STEP_START_LOG)
                .<IndexedFile, ReadOutcome>chunk(50)
                .reader(seedFiles)
                .processor(readArticle)
                .writer(stageArticles)
                .transactionManager(tx)
                .build();
    }

    @Bean
    @StepScope
    public ListItemReader<IndexedFile> seedFiles(@Value("#{jobParameters['seeds']}") String seeds) {
        List<Path> files = SeedFolder.open(Path.of(seeds)).files();
        return new ListItemReader<>(java.util.stream.IntStream.range(0, files.size())
                .mapToObj(i -> new IndexedFile(i, files.get(i))).toList());
    }

    @Bean
    @StepScope
    public ArticleReading readArticle(BriefingProperties properties, @Value("#{jobParameters['seeds']}") String seeds) {
        return new ArticleReading(Path.of(seeds), properties.maxFileBytes(), properties.minWords());
    }

    @Bean
    @StepScope
    public ArticleStaging stageArticles(StagingStore store, @Value("#{jobParameters['run']}") String run) {
        return new ArticleStaging(store, run);
    }

    // --- step 2: extract each article, partitioned by content shard so partitions can run anywhere

    /**
     * Local partitioning (the default, {@code briefing.partitioning=local}): the partitions run on
     * {@code briefing.extraction-threads} threads of this process. With
     * {@code briefing.partitioning=remote} the step of the same name in
     * {@code job.remote.RemoteManagerConfiguration} hands them to worker processes instead.
     */
    @Bean
    @ConditionalOnProperty(name = "briefing.partitioning", havingValue = "local", matchIfMissing = true)
    public Step extractArticles(JobRepository repository, Step extractPartition, BriefingProperties properties,
                                ExtractorKey key, ExtractionProgress extractionProgress) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("extract-");
        // a restart keeps the first run's partition count, which may exceed the threads
        threads.setConcurrencyLimit(properties.extractionThreads());
        ArticleShardPartitioner partitioner = new ArticleShardPartitioner(key.value());
        return new StepBuilder("extractArticles", repository)
                .listener(STEP_START_LOG)
                .listener(extractionProgress)
                .partitioner("extractPartition", partitioner)
                .splitter(new ContextRepairingSplitter(repository, "extractPartition", partitioner))
                .step(extractPartition)
                .gridSize(properties.extractionThreads())
                .taskExecutor(threads)
                .build();
    }

    /** The partition step's builder in a process that runs the job (a worker has its own). */
    @Bean
    @Conditional(WorkerMode.NotWorker.class)
    public WorkerStepBuilders localStepBuilders(JobRepository repository) {
        return name -> new StepBuilder(name, repository);
    }

    /** Progress of the extraction, on the console of a terminal and in the log (see {@link ExtractionProgress}). */
    @Bean
    ExtractionProgress extractionProgress(StagingStore store) {
        return ExtractionProgress.onTheConsole(store);
    }

    @Bean
    public Step extractPartition(WorkerStepBuilders builders, PlatformTransactionManager tx,
                                 JdbcPagingItemReader<ArticleToExtract> articlesToExtract,
                                 ItemProcessor<ArticleToExtract, ExtractionResult> extractArticle,
                                 ExtractionStaging stageExtractions, ExtractionProgress extractionProgress) {
        return builders.get("extractPartition")
                .<ArticleToExtract, ExtractionResult>chunk(20)
                .reader(articlesToExtract)
                .processor(extractArticle)
                .writer(stageExtractions)
                .listener(extractionProgress)
                .transactionManager(tx)
                .build();
    }

    @Bean
    @StepScope
    public JdbcPagingItemReader<ArticleToExtract> articlesToExtract(
            DataSource dataSource, @Value("#{jobParameters['run']}") String run,
            @Value("#{stepExecutionContext['" + ArticleShardPartitioner.PARTITION + "']}") Integer partition,
            @Value("#{stepExecutionContext['" + ArticleShardPartitioner.PARTITIONS + "']}") Integer partitions) throws Exception {
        // ContextRepairingSplitter sees that a restarted partition has its context
        return ArticleToExtract.reader(dataSource, run, partition, partitions);
    }

    @Bean
    public ItemProcessor<ArticleToExtract, ExtractionResult> extractArticle(ArticleExtractor extractor, StagingStore store,
                                                                            ExtractorKey key) {
        return new ExtractionProcessor(extractor, store, key);
    }

    @Bean
    @StepScope
    public ExtractionStaging stageExtractions(StagingStore store, ExtractorKey key, @Value("#{jobParameters['run']}") String run) {
        return new ExtractionStaging(store, key.value(), run);
    }

    // --- step 3: merge across articles

    @Bean
    public Step mergeBriefing(JobRepository repository, PlatformTransactionManager tx, StagingStore store,
                              ExtractorKey key) {
        BriefingMerger merger = new BriefingMerger();
        return new StepBuilder("mergeBriefing", repository)
                .listener(STEP_START_LOG)
                .tasklet((contribution, chunkContext) -> {
                    String run = (String) chunkContext.getStepContext().getJobParameters().get(RunParameters.RUN);
                    // rows go to the staging table as the merge makes them: no table is held whole
                    int rows = store.stageBriefing(run, sink -> merger.merge(store.mergeInput(run, key.value()), sink));
                    // the step's summary in the log: articles merged, rows staged
                    chunkContext.getStepContext().getStepExecution().setReadCount(store.articleCount(run));
                    contribution.incrementWriteCount(rows);
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    // --- step 4: compare with the briefing chosen when the run started (the Changes sheet)

    @Bean
    public Step compareBriefings(JobRepository repository, PlatformTransactionManager tx, StagingStore store) {
        CompareWithPrevious comparison = new CompareWithPrevious(store);
        return new StepBuilder("compareBriefings", repository)
                .listener(STEP_START_LOG)
                .tasklet((contribution, chunkContext) -> {
                    RunParameters run = RunParameters.of(chunkContext.getStepContext().getJobParameters());
                    contribution.incrementWriteCount(comparison.stage(run.runName(), run.compareTo()));
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }

    // --- step 5: write the workbook and the CSV files

    @Bean
    public Step writeReports(JobRepository repository, PlatformTransactionManager tx, StagingStore store) {
        ReportWriter writer = new ReportWriter();
        return new StepBuilder("writeReports", repository)
                .listener(STEP_START_LOG)
                .tasklet((contribution, chunkContext) -> {
                    RunParameters run = RunParameters.of(chunkContext.getStepContext().getJobParameters());
                    Path target = run.outputFolder();
                    Map<BriefingTable, Integer> counts = writer.write(target,
                            new RunInfo(run.runName(), run.startedAt(), run.seeds(), target),
                            store.summary(run.runName()), store.since(run.runName()).orElse(null),
                            (table, consumer) -> store.forEachRow(run.runName(), table, consumer));
                    ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
                    jobContext.putString(OUTPUT_FOLDER, target.toString());
                    counts.forEach((table, n) -> jobContext.putInt("rows." + table.fileName(), n));
                    // the step's summary in the log: staged rows read, rows written to each CSV file and sheet
                    int rows = counts.values().stream().mapToInt(Integer::intValue).sum();
                    chunkContext.getStepContext().getStepExecution().setReadCount(rows);
                    contribution.incrementWriteCount(rows);
                    return RepeatStatus.FINISHED;
                }, tx)
                .build();
    }
}
