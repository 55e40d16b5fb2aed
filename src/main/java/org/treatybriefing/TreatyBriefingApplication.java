package org.treatybriefing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.treatybriefing.nlp.LanguageModels;

/** Entry point: {@code java -jar target/treaty-briefing.jar [--seeds=DIR] [--reports=DIR]}. */
@SpringBootApplication
@EnableConfigurationProperties(BriefingProperties.class)
public class TreatyBriefingApplication {

    public static void main(String[] args) {
        preloadLanguageModels();
        int code;
        try {
            code = SpringApplication.exit(SpringApplication.run(TreatyBriefingApplication.class, args));
        } catch (RuntimeException e) {
            // the context did not start (a database out of reach, a broken lexicon): one line, no stack trace
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            System.err.println("error: cannot start: " + root.getMessage() + " (details in the log file)");
            code = 1;
        }
        System.exit(code);
    }

    /** The models take a second to load: load them while Spring starts, not after. */
    private static void preloadLanguageModels() {
        Thread loader = new Thread(LanguageModels::shared, "load-language-models");
        loader.setDaemon(true);
        loader.start();
    }
}
