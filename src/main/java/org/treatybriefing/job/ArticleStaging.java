package org.treatybriefing.job;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.treatybriefing.article.ReadOutcome;
import org.treatybriefing.store.StagingStore;

/** Stages the files read: an article with its text, or a rejection with its reason (a class: see {@link ArticleReading}). */
public class ArticleStaging implements ItemWriter<ReadOutcome> {

    private final StagingStore store;
    private final String run;

    ArticleStaging(StagingStore store, String run) {
        this.store = store;
        this.run = run;
    }

    @Override
    public void write(Chunk<? extends ReadOutcome> chunk) {
        for (ReadOutcome outcome : chunk) {
            if (outcome instanceof ReadOutcome.Accepted a) {
                store.saveArticle(run, a.article());
            } else if (outcome instanceof ReadOutcome.Rejected r) {
                store.saveRejection(run, r.rejection());
            }
        }
    }
}
