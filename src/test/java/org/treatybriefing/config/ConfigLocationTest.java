package org.treatybriefing.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.lexicon.Lexicons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which folder a settings or lexicon file comes from: the first that holds it, else the built-in copy. */
class ConfigLocationTest {

    @TempDir
    Path temp;

    @Test
    void eachFileComesFromTheFirstFolderHoldingItElseFromTheBuiltInCopy() throws Exception {
        Path high = Files.createDirectories(temp.resolve("high"));
        Path low = Files.createDirectories(temp.resolve("low"));
        Files.writeString(high.resolve("titles.tsv"), "# high\n");
        Files.writeString(low.resolve("titles.tsv"), "# low\n");
        Files.writeString(low.resolve("areas.tsv"), "# low areas\n");

        ConfigLocation location = ConfigLocation.of(high, temp.resolve("missing"), low);

        assertThat(location.folders()).containsExactly(high, low);
        assertThat(text(location, "titles.tsv")).isEqualTo("# high\n");
        assertThat(text(location, "areas.tsv")).isEqualTo("# low areas\n");
        assertThat(location.where("titles.tsv")).isEqualTo(high.resolve("titles.tsv").toString());
        assertThat(location.where("states.tsv")).isEqualTo("built-in config/states.tsv");
        assertThat(location.read("states.tsv")).as("the built-in copy is the project's config/")
                .isEqualTo(Files.readAllBytes(Path.of("config", "states.tsv")));
    }

    @Test
    void anOverrideFolderNeedsOnlyTheFilesItChanges() throws Exception {
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("treaty-terms.txt"), "# invented\ncharter of harbours\n");

        Lexicons lexicons = LexiconLoader.load(mine);

        assertThat(lexicons.treatyTerms()).containsExactly("charter of harbours");
        assertThat(lexicons.states()).as("the other files from the built-in copies").isNotEmpty();
    }

    @Test
    void aConfigOptionNamingNoFolderIsAnErrorNotTheDefaults() {
        assertThatThrownBy(() -> ConfigLocation.resolve(temp.resolve("typo").toString()))
                .isInstanceOf(ConfigLocation.MissingFolderException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ConfigLocation.resolve(""))
                .isInstanceOf(ConfigLocation.MissingFolderException.class).hasMessageContaining("--config=DIR");
    }

    @Test
    void springReadsTheSettingsFromTheSameFoldersLowestFirst() throws Exception {
        Path high = Files.createDirectories(temp.resolve("high"));
        Path low = Files.createDirectories(temp.resolve("low"));

        assertThat(ConfigLocation.of(high, low).springConfigLocation()).isEqualTo(
                "optional:classpath:/;optional:classpath:/config/,optional:file:" + low + "/;optional:file:" + high + "/");
        assertThat(ConfigLocation.of().springConfigLocation()).isEqualTo("optional:classpath:/;optional:classpath:/config/");
    }

    @Test
    void aFolderNamedTwiceIsSearchedOnce() throws Exception {
        Path one = Files.createDirectories(temp.resolve("one"));
        assertThat(ConfigLocation.of(one, temp.resolve("x/../one")).folders()).containsExactly(one);
    }

    private static String text(ConfigLocation location, String name) throws Exception {
        return new String(location.read(name), StandardCharsets.UTF_8);
    }
}
