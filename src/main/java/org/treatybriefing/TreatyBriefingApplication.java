package org.treatybriefing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Entry point: {@code java -jar target/treaty-briefing.jar [--seeds=DIR] [--reports=DIR]}. */
@SpringBootApplication
@EnableConfigurationProperties(BriefingProperties.class)
public class TreatyBriefingApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(TreatyBriefingApplication.class, args)));
    }
}
