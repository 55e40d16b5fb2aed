package org.treatybriefing.config;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.system.ApplicationHome;

/**
 * Where the settings ({@code application.yml}) and the lexicon files come from, highest priority
 * first: {@code --config=DIR}, {@code config/} in the working directory, {@code config/} beside
 * the jar, then the defaults built into the jar ({@code classpath:config/}, a copy of the
 * project's {@code config/} made by the build). A file is taken from the first folder that holds
 * it, so an override folder needs only the files it changes; the settings files are merged key by
 * key by Spring Boot itself ({@link #springConfigLocation()}).
 * <pre>{@code
 * ConfigLocation config = ConfigLocation.resolve("/etc/treaty-briefing");
 * config.read("titles.tsv");   // /etc/treaty-briefing/titles.tsv if there, else ./config/titles.tsv, ...
 * config.where("titles.tsv");  // "/etc/treaty-briefing/titles.tsv", or "built-in config/titles.tsv"
 * }</pre>
 */
public final class ConfigLocation {

    /** The built-in defaults' folder on the classpath. */
    public static final String BUILT_IN = "config/";

    /** Override folders that exist, absolute, highest priority first. */
    private final List<Path> folders;

    private ConfigLocation(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /**
     * The folders of a run: {@code option} (the value of {@code --config}, may be null), then
     * {@code ./config}, then {@code config/} beside the jar. Throws {@link MissingFolderException}
     * when the option names no folder: a typo must not silently run on the defaults.
     */
    public static ConfigLocation resolve(String option) {
        Path explicit = null;
        if (option != null) {
            if (option.isBlank()) {
                throw new MissingFolderException("--config needs a folder: --config=DIR");
            }
            explicit = Path.of(option);
            if (!Files.isDirectory(explicit)) {
                throw new MissingFolderException("config folder " + explicit.toAbsolutePath().normalize()
                        + (Files.exists(explicit) ? " is not a folder" : " does not exist") + " (--config=DIR)");
            }
        }
        return of(explicit, Path.of("config"), besideJar().orElse(null));
    }

    /** The given folders, highest priority first; missing ones and repeats are skipped. */
    public static ConfigLocation of(Path... candidates) {
        Set<Path> existing = new LinkedHashSet<>();
        for (Path p : candidates) {
            if (p != null && Files.isDirectory(p)) {
                existing.add(p.toAbsolutePath().normalize());
            }
        }
        return new ConfigLocation(new ArrayList<>(existing));
    }

    /** The same location with one more folder searched first (the lexicon folder {@code briefing.lexicons}). */
    public ConfigLocation withFirst(Path folder) {
        List<Path> all = new ArrayList<>();
        all.add(folder);
        all.addAll(folders);
        return of(all.toArray(Path[]::new));
    }

    /**
     * {@code config/} beside the running jar; empty when the classes do not come from a jar (a
     * test or {@code mvn exec}). Spring Boot's {@link ApplicationHome} finds the jar, nested or not.
     */
    public static Optional<Path> besideJar() {
        File source = new ApplicationHome(ConfigLocation.class).getSource();
        if (source == null || !source.isFile() || !source.getName().endsWith(".jar")) {
            return Optional.empty();
        }
        return Optional.of(source.toPath().toAbsolutePath().getParent().resolve("config"));
    }

    /** The override folders that exist, highest priority first (the built-in defaults not included). */
    public List<Path> folders() {
        return folders;
    }

    /** The content of a file from the first folder holding it, else the built-in one. */
    public byte[] read(String name) throws IOException {
        Optional<Path> file = overrideOf(name);
        if (file.isPresent()) {
            return Files.readAllBytes(file.get());
        }
        try (InputStream in = ConfigLocation.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
            if (in == null) {
                throw new NoSuchFileException(name + " (in none of " + describeFolders() + ")");
            }
            return in.readAllBytes();
        }
    }

    /** Where {@link #read} takes a file from, for messages and the log. */
    public String where(String name) {
        return overrideOf(name).map(Path::toString).orElse("built-in " + BUILT_IN + name);
    }

    private Optional<Path> overrideOf(String name) {
        return folders.stream().map(f -> f.resolve(name)).filter(Files::isRegularFile).findFirst();
    }

    private String describeFolders() {
        List<String> all = new ArrayList<>(folders.stream().map(Path::toString).toList());
        all.add("built-in " + BUILT_IN);
        return String.join(", ", all);
    }

    /**
     * The value of {@code spring.config.location} that makes Spring Boot read the settings from
     * the same folders, in the same order: the built-in files first (lowest), then the override
     * folders from lowest to highest, later ones overriding earlier ones key by key. Two groups,
     * as Boot's own default (inside the jar; outside it), so a profile file outside the jar
     * ({@code application-postgres.yml}) still ranks above a plain one outside it.
     * <pre>{@code
     * optional:classpath:/;optional:classpath:/config/,optional:file:/opt/tb/config/;optional:file:/tmp/x/
     * }</pre>
     */
    public String springConfigLocation() {
        String builtIn = "optional:classpath:/;optional:classpath:/" + BUILT_IN;
        if (folders.isEmpty()) {
            return builtIn;
        }
        List<Path> lowestFirst = new ArrayList<>(folders);
        Collections.reverse(lowestFirst);
        return builtIn + "," + lowestFirst.stream().map(f -> "optional:file:" + f + File.separator)
                .collect(Collectors.joining(";"));
    }

    @Override
    public String toString() {
        return describeFolders();
    }

    /** {@code --config=DIR} names no folder: a usage error. */
    public static class MissingFolderException extends RuntimeException {
        public MissingFolderException(String message) {
            super(message);
        }
    }
}
