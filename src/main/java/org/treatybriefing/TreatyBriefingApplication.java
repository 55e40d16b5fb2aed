package org.treatybriefing;

import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.treatybriefing.cli.Args;
import org.treatybriefing.cli.BriefingCommand;
import org.treatybriefing.cli.Usage;
import org.treatybriefing.config.ConfigLocation;
import org.treatybriefing.nlp.LanguageModels;

/**
 * Entry point: {@code java -jar treaty-briefing.jar [--seeds=DIR] [--reports=DIR] [--config=DIR] [--data=DIR]}.
 * {@code --help} is answered before Spring starts; every failure is one line on stderr.
 */
@SpringBootApplication
@EnableConfigurationProperties(BriefingProperties.class)
public class TreatyBriefingApplication {

    public static void main(String[] args) {
        if (Args.wantsHelp(args)) {
            System.out.print(Usage.text(args)); // no Spring: answered at once
            System.exit(BriefingCommand.OK);
        }
        ConfigLocation config;
        try {
            for (String folder : new String[] {"seeds", "reports", "data"}) {
                if ("".equals(Args.value(args, folder))) { // "--data /x" is not Spring's syntax: say so, not run elsewhere
                    throw new ConfigLocation.MissingFolderException("--" + folder + " needs a folder: --" + folder + "=DIR");
                }
            }
            config = ConfigLocation.resolve(Args.value(args, "config"));
        } catch (ConfigLocation.MissingFolderException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(BriefingCommand.USAGE);
            return;
        }
        int code;
        quietUntilLoggingIsSetUp();
        try {
            SpringApplication app = new SpringApplication(TreatyBriefingApplication.class);
            app.setBannerMode(Banner.Mode.OFF); // whatever a settings file says: the console is the run's own lines
            // settings from the same folders as the lexicons, in the same order (ConfigLocation)
            app.setDefaultProperties(Map.of("spring.config.location", config.springConfigLocation()));
            app.addListeners(new PreloadLanguageModels());
            code = SpringApplication.exit(app.run(args));
        } catch (RuntimeException e) {
            // the context did not start (a database out of reach, a broken lexicon): one line, no stack trace
            Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
            System.err.println("error: cannot start: " + oneLine(root.getMessage()) + " (details in the log file, if logging had started)");
            code = 1;
        }
        System.exit(code);
    }

    /**
     * Before Spring Boot sets up logging from config/, Logback's default console would print a
     * failure to start (a malformed application.yml) as a 70-line stack trace on stdout: silent
     * until then, the one line of {@link #main} says what went wrong. Spring Boot's own logging
     * setup replaces this level with the configured ones.
     */
    private static void quietUntilLoggingIsSetUp() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        }
    }

    /** The first two lines of a message ("while parsing ...", "in 'reader', line 2, column 10:"), on one. */
    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        String[] lines = message.strip().split("\\R");
        String line = lines.length > 1 ? lines[0].strip() + " " + lines[1].strip() : lines[0].strip();
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }

    /**
     * The models take a second to load: load them while Spring starts, not after. Started once
     * logging is set up, so the loader's log lines go where the others go.
     */
    static final class PreloadLanguageModels implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            Thread loader = new Thread(LanguageModels::shared, "load-language-models");
            loader.setDaemon(true);
            loader.start();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
