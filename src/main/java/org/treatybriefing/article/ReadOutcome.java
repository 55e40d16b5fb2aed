package org.treatybriefing.article;

/** What reading one file gave: an article, or a rejection with its reason. */
public sealed interface ReadOutcome permits ReadOutcome.Accepted, ReadOutcome.Rejected {

    record Accepted(Article article) implements ReadOutcome {
    }

    record Rejected(Rejection rejection) implements ReadOutcome {
    }
}
