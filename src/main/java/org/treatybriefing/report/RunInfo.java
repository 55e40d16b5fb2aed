package org.treatybriefing.report;

import java.nio.file.Path;

/** The run as the Summary sheet introduces it. */
public record RunInfo(String runName, String startedAt, Path seedFolder, Path outputFolder) {
}
