package org.treatybriefing.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.treatybriefing.BriefingFiles;
import org.treatybriefing.report.BriefingTable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of ../shared/tools/score.py, computed the same way in Java so the test suite can
 * hold the extraction to its floors on a fresh clone (the gold is copied into test resources).
 */
final class GoldScorer {

    /** Precision, recall and F1 of one table. */
    record Figures(double precision, double recall, double f1) {
    }

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");

    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    final List<String> misses = new ArrayList<>();

    private static final class Tally {
        int tp;
        int fp;
        int fn;

        void add(int tp, int fp, int fn) {
            this.tp += tp;
            this.fp += fp;
            this.fn += fn;
        }

        void add(int[] counts) {
            add(counts[0], counts[1], counts[2]);
        }

        Figures figures() {
            double p = tp + fp > 0 ? (double) tp / (tp + fp) : (fn == 0 ? 1.0 : 0.0);
            double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
            double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
            return new Figures(p, r, f);
        }
    }

    static GoldScorer score(Path goldDir, Path runDir) throws IOException {
        GoldScorer s = new GoldScorer();
        s.run(goldDir, runDir);
        return s;
    }

    Figures figures(String table) {
        return tallies.get(table).figures();
    }

    private Tally tally(String name) {
        return tallies.computeIfAbsent(name, k -> new Tally());
    }

    private void run(Path goldDir, Path runDir) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Map<String, String>> quotes = BriefingFiles.records(runDir, BriefingTable.QUOTES);
        List<Map<String, String>> parties = BriefingFiles.records(runDir, BriefingTable.PARTIES);
        List<Map<String, String>> sections = BriefingFiles.records(runDir, BriefingTable.SECTIONS);
        List<Map<String, String>> commitments = BriefingFiles.records(runDir, BriefingTable.COMMITMENTS);
        List<Map<String, String>> analysts = BriefingFiles.records(runDir, BriefingTable.ANALYSTS);
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(goldDir)) {
            goldFiles = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : goldFiles) {
            JsonNode g = json.readTree(Files.readString(file));
            String sid = g.get("source_id").asString();
            scoreQuotes(sid, g, quotes);
            Set<String> pp = new HashSet<>();
            for (Map<String, String> p : parties) {
                if ("signatory".equals(p.get("role")) && ids(p.get("source_ids")).contains(sid)) {
                    pp.add(norm(p.get("name")));
                }
            }
            tally("parties").add(scoreSet(pp, strings(g.get("parties")), Set.of()));
            Set<String> areas = new HashSet<>();
            Set<String> articles = new HashSet<>();
            for (Map<String, String> s : sections) {
                if (ids(s.get("source_ids")).contains(sid)) {
                    ("area".equals(s.get("kind")) ? areas : articles).add(norm(s.get("label")));
                }
            }
            tally("areas").add(scoreSet(areas, strings(g.get("areas").get("required")), strings(g.get("areas").get("optional"))));
            tally("articles").add(scoreSet(articles, strings(g.get("articles")), Set.of()));
            scoreCommitments(sid, g, commitments);
            Set<String> pan = new HashSet<>();
            for (Map<String, String> a : analysts) {
                if (ids(a.get("source_ids")).contains(sid)) {
                    pan.add(surname(a.get("name")));
                }
            }
            Set<String> gan = new HashSet<>();
            g.get("analysts").forEach(a -> gan.add(surname(a.get("name").asString())));
            tally("analysts").add(scoreSet(pan, gan, Set.of()));
        }
    }

    private void scoreQuotes(String sid, JsonNode g, List<Map<String, String>> quotes) {
        List<Map<String, String>> pq = quotes.stream()
                .filter(q -> sid.equals(q.get("source_id")) && Set.of("direct", "partial").contains(q.get("kind"))).toList();
        List<JsonNode> gq = new ArrayList<>();
        g.get("quotes").forEach(q -> {
            if (Set.of("direct", "partial").contains(q.get("kind").asString())) {
                gq.add(q);
            }
        });
        List<JsonNode> req = gq.stream().filter(q -> q.get("required").asBoolean()).toList();
        boolean[] found = new boolean[req.size()];
        int tp = 0;
        int fp = 0;
        int e2e = 0;
        for (Map<String, String> p : pq) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < req.size(); i++) {
                if (textMatch(p.get("text"), req.get(i).get("text").asString())) {
                    hits.add(i);
                }
            }
            boolean optional = gq.stream().anyMatch(q -> !q.get("required").asBoolean() && textMatch(p.get("text"), q.get("text").asString()));
            if (!hits.isEmpty()) {
                tp++;
                boolean ok = hits.stream().anyMatch(i -> speakerMatch(p, req.get(i)));
                if (ok) {
                    e2e++;
                } else {
                    misses.add(sid + ": wrong speaker " + p.get("speaker") + " for " + p.get("text"));
                }
                hits.forEach(i -> found[i] = true);
            } else if (!optional) {
                fp++;
                misses.add(sid + ": not a gold quote: " + p.get("text") + " (" + p.get("speaker") + ")");
            }
        }
        int fn = 0;
        for (int i = 0; i < found.length; i++) {
            if (!found[i]) {
                fn++;
                misses.add(sid + ": missed quote " + req.get(i).get("text").asString());
            }
        }
        tally("quotes").add(tp, fp, fn);
        tally("quotes+speaker").add(e2e, fp + (tp - e2e), fn + (tp - e2e));
    }

    private void scoreCommitments(String sid, JsonNode g, List<Map<String, String>> commitments) {
        List<String> pc = commitments.stream().filter(c -> sid.equals(c.get("source_id"))).map(c -> norm(c.get("text"))).toList();
        List<String> req = new ArrayList<>();
        List<String> all = new ArrayList<>();
        g.get("commitments").forEach(c -> {
            all.add(norm(c.get("contains").asString()));
            if (c.get("required").asBoolean()) {
                req.add(norm(c.get("contains").asString()));
            }
        });
        int tp = (int) req.stream().filter(c -> pc.stream().anyMatch(p -> p.contains(c))).count();
        int fp = (int) pc.stream().filter(p -> all.stream().noneMatch(p::contains)).count();
        req.stream().filter(c -> pc.stream().noneMatch(p -> p.contains(c))).forEach(c -> misses.add(sid + ": missed commitment " + c));
        tally("commitments").add(tp, fp, req.size() - tp);
    }

    private static boolean speakerMatch(Map<String, String> p, JsonNode gold) {
        List<String> names = new ArrayList<>();
        names.add(gold.get("speaker").asString());
        if (gold.has("alt_speakers")) {
            gold.get("alt_speakers").forEach(n -> names.add(n.asString()));
        }
        for (String n : names) {
            if (n.equals("treaty") ? "document".equalsIgnoreCase(p.get("speaker_type").strip())
                    : surname(p.get("speaker")).equals(surname(n))) {
                return true;
            }
        }
        return false;
    }

    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-')
                .toLowerCase().strip().replaceAll("\\s+", " ");
        int a = 0;
        int b = t.length();
        while (a < b && " \"'.,;:".indexOf(t.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && " \"'.,;:".indexOf(t.charAt(b - 1)) >= 0) {
            b--;
        }
        return t.substring(a, b);
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(norm(s));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static boolean textMatch(String pred, String gold) {
        List<String> p = tokens(pred);
        List<String> g = tokens(gold);
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        Set<String> sp = new HashSet<>(p);
        Set<String> sg = new HashSet<>(g);
        Set<String> inter = new HashSet<>(sp);
        inter.retainAll(sg);
        Set<String> union = new HashSet<>(sp);
        union.addAll(sg);
        if ((double) inter.size() / union.size() >= 0.8) {
            return true;
        }
        return g.size() >= 3 && String.join(" ", p).contains(String.join(" ", g));
    }

    static String surname(String name) {
        List<String> t = tokens(name);
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(norm(n.asString())));
        return out;
    }

    private static int[] scoreSet(Set<String> pred, Set<String> req, Set<String> opt) {
        int tp = (int) pred.stream().filter(req::contains).count();
        int fp = (int) pred.stream().filter(p -> !req.contains(p) && !opt.contains(p)).count();
        int fn = (int) req.stream().filter(r -> !pred.contains(r)).count();
        return new int[]{tp, fp, fn};
    }

    private static Set<String> ids(String cell) {
        Set<String> out = new HashSet<>();
        for (String s : (cell == null ? "" : cell).split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
