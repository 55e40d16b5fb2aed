package org.treatybriefing.merge;

import org.treatybriefing.extract.Extraction;

/** One article's extraction, with the source id it came from. */
public record ArticleFacts(String sourceId, Extraction extraction) {
}
