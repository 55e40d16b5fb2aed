package org.treatybriefing.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the lexicon files of a folder (normally {@code config/}) into {@link Lexicons}. */
public final class LexiconLoader {

    private LexiconLoader() {
    }

    public static Lexicons load(Path folder) {
        Map<String, String> orgWords = new LinkedHashMap<>();
        Map<String, String> orgNames = new LinkedHashMap<>();
        for (String[] row : rows(folder.resolve("organizations.tsv"), 3)) {
            ("word".equals(row[0]) ? orgWords : orgNames).put(row[1], row[2]);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (String[] row : rows(folder.resolve("titles.tsv"), 2)) {
            titles.put(row[0].toLowerCase(), row[1]);
        }
        List<Area> areas = new ArrayList<>();
        for (String[] row : rows(folder.resolve("areas.tsv"), 2)) {
            areas.add(Area.of(row[0], split(row[1])));
        }
        List<CommitmentCue> cues = new ArrayList<>();
        for (String[] row : rows(folder.resolve("commitment-cues.tsv"), 3)) {
            cues.add(CommitmentCue.of(row[0], row[1], row[2]));
        }
        cues.sort(Comparator.comparingInt((CommitmentCue c) -> c.cue().length()).reversed());
        return new Lexicons(words(folder.resolve("speech-verbs.txt")), reportingVerbs(folder.resolve("reporting-verbs.tsv")), Map.copyOf(titles),
                states(folder.resolve("states.tsv")), List.copyOf(areas), Map.copyOf(orgWords),
                Map.copyOf(orgNames), words(folder.resolve("treaty-terms.txt")), List.copyOf(cues),
                Area.of("coverage", List.copyOf(lines(folder.resolve("coverage-cues.txt")))).pattern(),
                firstNames(folder.resolve("first-names.tsv")), words(folder.resolve("abbreviations.txt")),
                words(folder.resolve("statement-nouns.txt")));
    }

    private static Map<String, Character> firstNames(Path file) {
        Map<String, Character> names = new LinkedHashMap<>();
        for (String[] row : rows(file, 2)) {
            names.put(row[0], row[1].charAt(0));
        }
        return Map.copyOf(names);
    }

    private static Map<String, String> reportingVerbs(Path file) {
        Map<String, String> verbs = new LinkedHashMap<>();
        for (String[] row : rows(file, 2)) {
            verbs.put(row[0].toLowerCase(), row[1]);
        }
        return Map.copyOf(verbs);
    }

    private static List<State> states(Path file) {
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

    private static Set<String> words(Path file) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(file)) {
            words.add(line.toLowerCase());
        }
        return Set.copyOf(words);
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String[]> rows(Path file, int columns) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(file)) {
            String[] cells = line.split("\t", -1);
            if (cells.length < columns) {
                throw new LexiconException(file + ": expected " + columns + " tab-separated columns in line: " + line);
            }
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].trim();
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Non-blank lines that are not # comments. */
    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new LexiconException("cannot read lexicon " + file + ": " + e.getMessage());
        }
    }

    /** A lexicon file is missing or malformed: a configuration error the user can fix. */
    public static class LexiconException extends RuntimeException {
        public LexiconException(String message) {
            super(message);
        }
    }
}
