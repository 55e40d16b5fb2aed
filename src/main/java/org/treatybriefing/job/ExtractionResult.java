package org.treatybriefing.job;

import org.treatybriefing.extract.Extraction;
import org.treatybriefing.store.ArticleToExtract;

/** What extracting one article gave: an extraction to store, or the reason it failed. */
record ExtractionResult(ArticleToExtract article, Extraction extraction, String failure) {
}
