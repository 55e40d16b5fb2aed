package org.treatybriefing.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.treatybriefing.store.StagingStore;

/**
 * Stages each extraction under its article's content and the extractor, for any run to reuse;
 * an article the extractor failed on becomes a rejection (a class: see {@link ArticleReading}).
 */
public class ExtractionStaging implements ItemWriter<ExtractionResult> {

    private final StagingStore store;
    private final String extractorKey;
    private final String run;

    ExtractionStaging(StagingStore store, String extractorKey, String run) {
        this.store = store;
        this.extractorKey = extractorKey;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends ExtractionResult> chunk) {
        for (ExtractionResult r : chunk) {
            if (r.failure() != null) {
                store.rejectAfterExtraction(run, r.article().ordinal(), r.failure());
            } else {
                store.saveExtraction(r.article().sha256(), extractorKey, r.extraction());
            }
        }
    }
}
