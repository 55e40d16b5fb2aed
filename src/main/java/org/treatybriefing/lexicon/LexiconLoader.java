package org.treatybriefing.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.treatybriefing.config.ConfigLocation;

/**
 * Reads the lexicon files into {@link Lexicons}: each file from the first config folder that holds
 * it, else the copy built into the jar.
 * <pre>{@code
 * Lexicons lexicons = LexiconLoader.load(ConfigLocation.resolve(null)); // ./config, beside the jar, built in
 * }</pre>
 */
public final class LexiconLoader {

    private LexiconLoader() {
    }

    /** The lexicon files, by name: what {@link #load} reads and the extractor's fingerprint covers. */
    public static final List<String> FILES = List.of("organizations.tsv", "titles.tsv", "areas.tsv",
            "commitment-cues.tsv", "speech-verbs.txt", "reporting-verbs.tsv", "states.tsv", "treaty-terms.txt",
            "coverage-cues.txt", "first-names.tsv", "abbreviations.txt", "statement-nouns.txt",
            "party-labels.txt", "seats.tsv", "regions.txt");

    /** The lexicons of one folder, each file the folder lacks taken from the built-in defaults. */
    public static Lexicons load(Path folder) {
        return load(ConfigLocation.of(folder));
    }

    /**
     * The lexicons a run uses: each file from the first folder of the location that holds it,
     * else the built-in one (see {@link ConfigLocation}).
     */
    public static Lexicons load(ConfigLocation location) {
        LexiconFiles files = new LexiconFiles(location);
        Map<String, String> orgWords = new LinkedHashMap<>();
        Map<String, String> orgNames = new LinkedHashMap<>();
        for (String[] row : rows(files.of("organizations.tsv"), 3)) {
            ("word".equals(row[0]) ? orgWords : orgNames).put(row[1], row[2]);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (String[] row : rows(files.of("titles.tsv"), 2)) {
            titles.put(row[0].toLowerCase(), row[1]);
        }
        List<Area> areas = new ArrayList<>();
        for (String[] row : rows(files.of("areas.tsv"), 2)) {
            areas.add(Area.of(row[0], split(row[1])));
        }
        List<CommitmentCue> cues = new ArrayList<>();
        for (String[] row : rows(files.of("commitment-cues.tsv"), 3)) {
            cues.add(CommitmentCue.of(row[0], row[1], row[2]));
        }
        cues.sort(Comparator.comparingInt((CommitmentCue c) -> c.cue().length()).reversed());
        return new Lexicons(words(files.of("speech-verbs.txt")), reportingVerbs(files.of("reporting-verbs.tsv")), Map.copyOf(titles),
                states(files.of("states.tsv")), List.copyOf(areas), Map.copyOf(orgWords),
                Map.copyOf(orgNames), words(files.of("treaty-terms.txt")), List.copyOf(cues),
                Area.of("coverage", List.copyOf(lines(files.of("coverage-cues.txt")))).pattern(),
                firstNames(files.of("first-names.tsv")), words(files.of("abbreviations.txt")),
                words(files.of("statement-nouns.txt")), words(files.of("party-labels.txt")), seatCities(files.of("seats.tsv")),
                names(files.of("regions.txt")));
    }

    /** One lexicon file's lines and where they came from (for messages). */
    private record LexiconFile(String where, List<String> lines) {
    }

    /** Reads lexicon files through a location: the only file access of the loader. */
    private record LexiconFiles(ConfigLocation location) {
        LexiconFile of(String name) {
            if (!FILES.contains(name)) { // a file read but not fingerprinted would let stale extractions be reused
                throw new IllegalStateException(name + " is read but missing from LexiconLoader.FILES");
            }
            try {
                String text = new String(location.read(name), StandardCharsets.UTF_8);
                return new LexiconFile(location.where(name), text.lines().toList());
            } catch (IOException e) {
                throw new LexiconException("cannot read lexicon " + location.where(name) + ": " + e.getMessage());
            }
        }
    }

    private static Map<String, Character> firstNames(LexiconFile file) {
        Map<String, Character> names = new LinkedHashMap<>();
        for (String[] row : rows(file, 2)) {
            names.put(row[0], row[1].charAt(0));
        }
        return Map.copyOf(names);
    }

    /** Seats of government, landmark buildings and other spellings of a city, to the city. */
    private static Map<String, String> seatCities(LexiconFile file) {
        Map<String, String> cities = new LinkedHashMap<>();
        for (String[] row : rows(file, 2)) {
            cities.put(row[0], row[1]);
        }
        return Map.copyOf(cities);
    }

    private static Map<String, String> reportingVerbs(LexiconFile file) {
        Map<String, String> verbs = new LinkedHashMap<>();
        for (String[] row : rows(file, 2)) {
            verbs.put(row[0].toLowerCase(), row[1]);
        }
        return Map.copyOf(verbs);
    }

    private static List<State> states(LexiconFile file) {
        List<State> states = new ArrayList<>();
        boolean header = true;
        for (String[] row : rows(file, 6)) {
            if (header && "name".equals(row[0])) {
                header = false;
                continue;
            }
            states.add(new State(row[0], row[1], row[2], split(row[3]), split(row[4]), "bloc".equals(row[5])));
        }
        return List.copyOf(states);
    }

    private static Set<String> words(LexiconFile file) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(file)) {
            words.add(line.toLowerCase());
        }
        return Set.copyOf(words);
    }

    /** Names as written, one per line: case tells a place ("Maine") from a word ("maine"). */
    private static Set<String> names(LexiconFile file) {
        return Set.copyOf(lines(file));
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String[]> rows(LexiconFile file, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(file)) {
            String[] cells = line.split("\t", -1);
            if (cells.length < columns) {
                throw new LexiconException(file.where() + ": expected " + columns + " tab-separated columns in line: " + line);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].trim();
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Non-blank lines that are not # comments. */
    private static List<String> lines(LexiconFile file) {
        return file.lines().stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
    }

    /** A lexicon file is missing or malformed: a configuration error the user can fix. */
    public static class LexiconException extends RuntimeException {
        public LexiconException(String message) {
            super(message);
        }
    }
}
