package org.treatybriefing.config;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertyResolver;

/**
 * The one folder that holds the database and the log, whatever folder the process starts in:
 * {@code --data=DIR}, else the setting {@code briefing.data}, else {@code data/} beside the reports
 * folder ({@code --reports=DIR}, else {@code briefing.reports}). So the project's own run keeps
 * {@code ./reports} and {@code ./data} side by side, and a nightly run with
 * {@code --reports=/srv/briefing/reports} keeps its database in {@code /srv/briefing/data}.
 * <p>
 * Run by Spring Boot after the settings files are read and before logging starts (registered in
 * {@code META-INF/spring.factories}): it puts the absolute folder in {@code briefing.data}, which
 * {@code spring.datasource.url} and {@code logging.file.name} refer to.
 * <pre>{@code
 * --reports=/srv/briefing/reports            -> briefing.data=/srv/briefing/data
 * --reports=/srv/briefing/reports --data=/var/lib/tb  -> briefing.data=/var/lib/tb
 * }</pre>
 */
public final class DataFolder implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "briefing.data";

    /** Right after the settings files are read (and long before logging reads logging.file.name). */
    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> commandLine = environment.getPropertySources().get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        Path folder = resolve(option(commandLine, "data"), option(commandLine, "reports"), environment);
        environment.getPropertySources().addFirst(new MapPropertySource("briefingDataFolder", Map.of(PROPERTY, folder.toString())));
    }

    /**
     * The data folder, absolute. Options are read from the command line only, never from an
     * environment variable that happens to be called DATA or REPORTS.
     */
    public static Path resolve(String dataOption, String reportsOption, PropertyResolver settings) {
        if (present(dataOption)) {
            return absolute(Path.of(dataOption));
        }
        String setting = settings.getProperty(PROPERTY);
        if (present(setting)) {
            return absolute(Path.of(setting));
        }
        return besideReports(present(reportsOption) ? reportsOption : settings.getProperty("briefing.reports", "reports"));
    }

    /** {@code data/} beside a reports folder (inside it when the reports folder is a root). */
    public static Path besideReports(String reports) {
        Path folder = absolute(Path.of(reports));
        return (folder.getParent() == null ? folder : folder.getParent()).resolve("data");
    }

    /** The value of a command-line option, or null. */
    private static String option(PropertySource<?> commandLine, String name) {
        Object value = commandLine == null ? null : commandLine.getProperty(name);
        return value == null ? null : value.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
