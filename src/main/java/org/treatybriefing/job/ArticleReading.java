package org.treatybriefing.job;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.treatybriefing.article.ArticleReader;
import org.treatybriefing.article.ReadOutcome;
import org.treatybriefing.article.SeedFolder;

/**
 * Reads one file of the seed folder as an article, or says why not (logged). A class, not a
 * lambda and not final, so that the step-scoped bean is a class Spring Batch can inspect for listener
 * annotations, rather than an interface it warns about on every run.
 */
public class ArticleReading implements ItemProcessor<IndexedFile, ReadOutcome> {

    private static final Logger log = LoggerFactory.getLogger(ArticleReading.class);

    private final SeedFolder folder;
    private final ArticleReader reader;

    ArticleReading(Path seeds, long maxFileBytes, int minWords) {
        this.folder = SeedFolder.open(seeds);
        this.reader = new ArticleReader(maxFileBytes, minWords);
    }

    @Override
    public ReadOutcome process(IndexedFile file) {
        ReadOutcome outcome = reader.read(folder, file.path(), file.ordinal());
        if (outcome instanceof ReadOutcome.Rejected r) {
            log.warn("rejected {}: {}", r.rejection().file(), r.rejection().reason());
        }
        return outcome;
    }
}
