package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.treatybriefing.extract.QuoteFact;

/**
 * What a merge reads: a run's files and its articles' extractions, in source-id order, as many
 * times as the merge needs. The staging store reads them from the database page by page, so a
 * merge never holds every article's quotes at once.
 */
public interface MergeInput {

    /** Every file of the run, article or rejection, by source id. */
    void forEachSource(Consumer<SourceRecord> each);

    /** The source id of every file and article, each once, in order: the merge numbers the articles by it. */
    void forEachSourceId(Consumer<String> each);

    /** Every article's extraction, by source id. */
    void forEachArticle(Consumer<ArticleFacts> each);

    /**
     * Every article's agreement facts alone (its agreement, parties and other agreements; no
     * quotes, sections, commitments or people), by source id: a store may read less than the
     * whole extraction.
     */
    default void forEachAgreementFacts(Consumer<ArticleFacts> each) {
        forEachArticle(each);
    }

    /** Every article's quotes alone, by source id: a store may read less than the whole extraction. */
    default void forEachQuoteList(BiConsumer<String, List<QuoteFact>> each) {
        forEachArticle(a -> each.accept(a.sourceId(), a.extraction().quotes()));
    }

    /** Lists held in memory, sorted by source id (tests, small runs). */
    static MergeInput of(List<SourceRecord> sources, List<ArticleFacts> articles) {
        List<SourceRecord> sortedSources = new ArrayList<>(sources);
        sortedSources.sort(Comparator.comparing(SourceRecord::sourceId));
        List<ArticleFacts> sortedArticles = new ArrayList<>(articles);
        sortedArticles.sort(Comparator.comparing(ArticleFacts::sourceId));
        return new MergeInput() {
            @Override
            public void forEachSource(Consumer<SourceRecord> each) {
                sortedSources.forEach(each);
            }

            @Override
            public void forEachSourceId(Consumer<String> each) {
                // tests merge articles without their files: those ids count too
                Set<String> ids = new TreeSet<>();
                sortedSources.forEach(s -> ids.add(s.sourceId()));
                sortedArticles.forEach(a -> ids.add(a.sourceId()));
                ids.forEach(each);
            }

            @Override
            public void forEachArticle(Consumer<ArticleFacts> each) {
                sortedArticles.forEach(each);
            }
        };
    }
}
