package org.treatybriefing.article;

/** A file of the seed folder that could not be read as an article, and why. */
public record Rejection(int ordinal, String file, String reason) {
}
