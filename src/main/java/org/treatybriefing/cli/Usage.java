package org.treatybriefing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.treatybriefing.config.ConfigLocation;
import org.treatybriefing.config.DataFolder;

/**
 * The text of {@code --help}: usage, options, exit codes, and where this very command line would
 * take its settings from and keep its database. Built without Spring, so it prints at once.
 * <pre>{@code
 * System.out.print(Usage.text(new String[] {"--help", "--reports=/srv/tb/reports"}));
 * }</pre>
 */
public final class Usage {

    private Usage() {
    }

    public static String text(String[] args) {
        return """
                usage: java -jar treaty-briefing.jar [--seeds=DIR] [--reports=DIR] [--compare-to=DIR] [--config=DIR]
                                                     [--data=DIR] [--restart | --schedule] [--SETTING=VALUE ...]

                Reads every article in the seed folder and writes a briefing (briefing.xlsx and one CSV per
                table) into a new folder <yyyy-MM-dd'T'HHmmss>_<seed folder> under the reports folder.

                options:
                  --seeds=DIR      folder of articles (default: setting briefing.seeds, "seeds")
                  --reports=DIR    where each run's folder is written (default: briefing.reports, "reports")
                  --compare-to=DIR the briefing folder the Changes sheet compares with (default: the previous
                                   briefing in the reports folder); for a new run, not --restart or --schedule
                  --config=DIR     folder of settings (application.yml) and lexicon files that override the
                                   built-in ones, file by file
                  --data=DIR       folder of the database and the log (default: data/ beside the reports folder)
                  --restart        resume the latest unfinished run of the seed folder (same --reports or --data)
                  --schedule       stay up and run at the cron briefing.schedule (default 02:00 nightly)
                  --SETTING=VALUE  any setting, e.g. --briefing.min-words=10 --briefing.keep-reports-days=30
                  -h, --help       this text

                exit codes:
                  0  the briefing was written, or the seed folder holds no article (nothing briefed)
                  1  the run failed: the reason is printed, the previous briefing is untouched; --restart resumes it
                  2  usage error: unknown option, seed folder missing or unreadable, a folder that cannot be written
                  3  another run is using the same database; try again when it ends

                config (a file is taken from the first of these that holds it; settings key by key):
                %s
                data (database briefing.mv.db, log treaty-briefing.log):
                  %s
                """.formatted(configFolders(args), dataFolder(args));
    }

    private static String configFolders(String[] args) {
        String option = Args.value(args, "config");
        StringBuilder text = new StringBuilder();
        line(text, "--config=DIR", option == null ? null : Path.of(option));
        line(text, "./config", Path.of("config"));
        Optional<Path> besideJar = ConfigLocation.besideJar();
        if (besideJar.isPresent()) {
            line(text, "beside the jar", besideJar.get());
        }
        text.append("  built in         ").append(ConfigLocation.BUILT_IN).append(" inside the jar\n");
        return text.toString();
    }

    private static void line(StringBuilder text, String label, Path folder) {
        text.append("  ").append("%-17s".formatted(label));
        if (folder == null) {
            text.append("(not given)\n");
            return;
        }
        Path abs = folder.toAbsolutePath().normalize();
        text.append(abs).append(Files.isDirectory(abs) ? "" : " (absent)").append('\n');
    }

    private static String dataFolder(String[] args) {
        String data = Args.value(args, "data");
        if (data != null && !data.isBlank()) {
            return Path.of(data).toAbsolutePath().normalize().toString();
        }
        String reports = Args.value(args, "reports");
        return DataFolder.besideReports(reports == null || reports.isBlank() ? "reports" : reports)
                + " (unless a config file sets briefing.data or briefing.reports)";
    }
}
