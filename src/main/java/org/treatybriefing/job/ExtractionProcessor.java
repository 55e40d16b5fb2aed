package org.treatybriefing.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.treatybriefing.extract.ArticleExtractor;
import org.treatybriefing.store.ArticleToExtract;
import org.treatybriefing.store.StagingStore;

/**
 * Extracts one article, unless an extraction of the same content by the same extractor is
 * already stored (then the article is skipped here and the stored one is used). An article the
 * extractor fails on is turned into a rejection, so the other articles still get briefed.
 */
final class ExtractionProcessor implements ItemProcessor<ArticleToExtract, ExtractionResult> {

    private static final Logger log = LoggerFactory.getLogger(ExtractionProcessor.class);

    private final ArticleExtractor extractor;
    private final StagingStore store;
    private final ExtractorKey key;

    ExtractionProcessor(ArticleExtractor extractor, StagingStore store, ExtractorKey key) {
        this.extractor = extractor;
        this.store = store;
        this.key = key;
    }

    @Override
    public ExtractionResult process(ArticleToExtract article) {
        if (store.hasExtraction(article.sha256(), key.value())) {
            return null;
        }
        try {
            return new ExtractionResult(article, extractor.extract(article.text()), null);
        } catch (RuntimeException | StackOverflowError e) {
            String reason = "extraction failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage());
            log.warn("{}: {}", article.sourceId(), reason);
            return new ExtractionResult(article, null, reason);
        }
    }
}
