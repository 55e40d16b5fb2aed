package org.treatybriefing;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.treatybriefing.nlp.LanguageModels;

/** Entry point: {@code java -jar target/treaty-briefing.jar [--seeds=DIR] [--reports=DIR]}. */
@SpringBootApplication
@EnableConfigurationProperties(BriefingProperties.class)
public class TreatyBriefingApplication {

    public static void main(String[] args) {
        int code;
        try {
            SpringApplication app = new SpringApplication(TreatyBriefingApplication.class);
            app.addListeners(new PreloadLanguageModels());
            code = SpringApplication.exit(app.run(args));
        } catch (RuntimeException e) {
            // the context did not start (a database out of reach, a broken lexicon): one line, no stack trace
            Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
            System.err.println("error: cannot start: " + root.getMessage() + " (details in the log file)");
            code = 1;
        }
        System.exit(code);
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
