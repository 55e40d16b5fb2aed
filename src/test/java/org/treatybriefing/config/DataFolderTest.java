package org.treatybriefing.config;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** The database and the log go to one folder, wherever the process starts. */
class DataFolderTest {

    @Test
    void byDefaultBesideTheReportsFolder() {
        MockEnvironment settings = new MockEnvironment().withProperty("briefing.reports", "reports");

        assertThat(DataFolder.resolve(null, "/srv/briefing/reports", settings)).isEqualTo(Path.of("/srv/briefing/data"));
        assertThat(DataFolder.resolve(null, null, settings)).as("the project's own layout: ./reports and ./data")
                .isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(DataFolder.resolve(null, "/", settings)).isEqualTo(Path.of("/data"));
    }

    @Test
    void theOptionWinsOverTheSettingWhichWinsOverTheReportsFolder() {
        MockEnvironment settings = new MockEnvironment().withProperty("briefing.data", "/var/lib/briefing");

        assertThat(DataFolder.resolve("/tmp/d/../data", "/srv/reports", settings)).isEqualTo(Path.of("/tmp/data"));
        assertThat(DataFolder.resolve(null, "/srv/reports", settings)).isEqualTo(Path.of("/var/lib/briefing"));
    }

    @Test
    void theFolderIsReadFromTheCommandLineNotFromAnEnvironmentVariableCalledData() {
        ConfigurableEnvironment environment = new AbstractEnvironment() { // no system properties: only what the test adds
        };
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--reports=/srv/tb/reports"));
        environment.getPropertySources().addLast(new org.springframework.core.env.MapPropertySource("env",
                java.util.Map.of("data", "/somewhere/else")));

        new DataFolder().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("briefing.data")).isEqualTo("/srv/tb/data");
    }
}
