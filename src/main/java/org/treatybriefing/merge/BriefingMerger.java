package org.treatybriefing.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.treatybriefing.extract.AnalystFact;
import org.treatybriefing.extract.Extraction;
import org.treatybriefing.extract.PartyFact;
import org.treatybriefing.extract.QuoteFact;
import org.treatybriefing.extract.SpeakerFact;
import org.treatybriefing.report.BriefingTable;
import org.treatybriefing.report.Summary;

/**
 * Cross-article work: turns the per-article extractions of a run into the briefing's tables.
 * Speakers are merged across articles, quotes clustered, parties, sections and analysts counted
 * by the articles that support them, and the treaty card built. Output order is stable (by
 * source id and offset), so the same folder gives the same tables.
 */
public final class BriefingMerger {

    /** Between the items of a list in one cell ("a.txt; c.txt"), in every table. */
    static final String LIST = "; ";
    /** Statements the Summary lists. */
    private static final int TOP_STATEMENTS = 5;
    /** Speakers the Summary lists. */
    private static final int TOP_SPEAKERS = 10;
    /** Fewer words are a fragment ("fully justified"), not a statement of the Summary. */
    static final int MIN_STATEMENT_WORDS = 5;

    public Briefing merge(List<SourceRecord> sources, List<ArticleFacts> articles) {
        Map<BriefingTable, List<List<Object>>> tables = new EnumMap<>(BriefingTable.class);
        for (BriefingTable table : BriefingTable.values()) {
            tables.put(table, new ArrayList<>());
        }
        Summary summary = merge(MergeInput.of(sources, articles), (table, row) -> tables.get(table).add(row));
        return new Briefing(tables, summary);
    }

    /**
     * Merges the run {@code input} reads, passing each table's rows to {@code out} as they are
     * made, and returns the Summary. The articles are read four times: their agreement facts
     * (which agreement each is about), the names and the other small tables, the quotes to
     * cluster, the quote rows. What is kept between passes is counted by distinct name, fact and
     * statement, with the articles of each as numbers, never an article's extraction.
     */
    public Summary merge(MergeInput input, BriefingSink out) {
        int[] readAndRejected = new int[2];
        SourceIds ids = new SourceIds(); // an article is its rank from here on
        input.forEachSourceId(ids::add);
        input.forEachSource(s -> {
            out.add(BriefingTable.SOURCES, sourceRow(s));
            if (s.rejected()) {
                out.add(BriefingTable.REJECTED, List.of(s.sourceId(), s.reason()));
                readAndRejected[1]++;
            } else {
                readAndRejected[0]++;
            }
        });

        Strings strings = new Strings();
        AgreementIndex agreements = AgreementIndex.read(input, ids, strings);
        List<TreatyMerger.Merged> treaties = agreements.treaties();
        String documentName = agreements.mainName();
        Set<String> aboutMainTreaty = agreements.aboutMain();

        NameTallies names = new NameTallies();
        PartyRows parties = new PartyRows();
        SectionRows sections = new SectionRows();
        CommitmentRows commitments = new CommitmentRows();
        AnalystRows analysts = new AnalystRows();
        SpeakerStates states = new SpeakerStates();
        RoleIndex roles = new RoleIndex();
        input.forEachArticle(a -> {
            int rank = ids.rank(a.sourceId());
            addNameUses(a, rank, strings, names, aboutMainTreaty.contains(a.sourceId()) ? documentName : "");
            List<ArticleFacts> own = a.agreements(); // the article's agreement, then the others it speaks of
            for (int place = 0; place < own.size(); place++) {
                String agreement = agreements.nameOf(rank, place);
                parties.add(own.get(place), rank, agreement);
                sections.add(own.get(place), rank, agreement);
                commitments.add(own.get(place), agreement, strings);
            }
            analysts.add(a, rank, strings);
            states.add(a);
            roles.add(a);
        });
        SpeakerMerger speakers = new SpeakerMerger(names);

        emit(out, BriefingTable.TREATY, treaties.stream().map(BriefingMerger::treatyRow).toList());
        List<List<Object>> partyRows = numbered(parties.rows(treaties, speakers, ids), "P");
        emit(out, BriefingTable.PARTIES, partyRows);
        List<List<Object>> sectionRows = numbered(sections.rows(ids), "S");
        emit(out, BriefingTable.SECTIONS, sectionRows);
        emit(out, BriefingTable.COMMITMENTS, numbered(commitments.rows(), "CM"));
        QuoteTable quotes = quoteRows(input, ids, roles, strings, speakers, documentName, aboutMainTreaty, out);
        emit(out, BriefingTable.SPEAKERS, speakerRows(speakers, ids, quotes.quotesBySpeaker()));
        emit(out, BriefingTable.ANALYSTS, analysts.rows(speakers, ids));

        Map<String, String> stateOf = states.byMergedName(speakers);
        return new Summary(readAndRejected[0], readAndRejected[1],
                treaties.stream().map(TreatyMerger.Merged::card).toList(),
                partyLines(partyRows, speakers, ids, quotes.quotesBySpeaker(), stateOf), quotes.topStatements(),
                topSpeakers(speakers, quotes.quotesBySpeaker(), stateOf), areaCounts(sectionRows));
    }

    private static void emit(BriefingSink out, BriefingTable table, List<List<Object>> rows) {
        rows.forEach(r -> out.add(table, r));
    }

    private static List<Object> sourceRow(SourceRecord s) {
        return List.of(s.sourceId(), s.file(), nz(s.sha256()), nz(s.title()), s.words(), s.status(),
                nz(s.outlet()), nz(s.encoding()), nz(s.format()));
    }

    private static List<Object> treatyRow(TreatyMerger.Merged t) {
        Summary.TreatyCard c = t.card();
        return row(c.name(), String.join(LIST, c.aliases()), c.signedAt(), c.durationYears(), c.articlesTotal(),
                String.join(LIST, c.parties()), String.join(LIST, t.sources()), t.sources().size(),
                String.join(LIST, c.disagreements()));
    }

    /**
     * Every name an article uses for a speaker, analyst or representative. A quote of the
     * document's own wording in an article about the main treaty is spoken by that treaty
     * ({@code documentName}, "" for an article about another).
     */
    private static void addNameUses(ArticleFacts a, int rank, Strings strings, NameTallies names, String documentName) {
        Extraction e = a.extraction();
        Map<String, SpeakerFact> facts = new HashMap<>();
        for (SpeakerFact s : e.speakers()) {
            facts.put(s.name(), s);
        }
        for (QuoteFact q : e.quotes()) {
            if (q.speaker().isEmpty()) {
                continue;
            }
            SpeakerFact f = facts.get(q.speaker());
            String name = f == null && "document".equals(q.speakerType()) && !documentName.isEmpty() ? documentName : q.speaker();
            names.add(f != null
                    ? strings.use(rank, f.name(), f.title(), f.affiliation(), f.type(), f.aliases())
                    : strings.use(rank, name, q.speakerTitle(), "", q.speakerType(), List.of()));
        }
        for (AnalystFact an : e.analysts()) {
            names.add(strings.use(rank, an.name(), an.title(), an.organization(), "analyst", List.of()));
        }
        for (PartyFact p : e.parties()) {
            for (String r : p.representatives()) {
                names.add(strings.use(rank, r, "", "", "official", List.of()));
            }
        }
    }

    /** What the Speakers table and the Summary need of the quotes. */
    private record QuoteTable(Map<String, Integer> quotesBySpeaker, List<Summary.Statement> topStatements) {
    }

    /**
     * The quote rows, in two passes over the articles' quotes: the first names each quote's
     * speaker and clusters the statements (keeping of each quote its speaker and cluster, of each
     * article its statements), the second writes the rows.
     */
    private static QuoteTable quoteRows(MergeInput input, SourceIds ids, RoleIndex roles, Strings strings,
                                        SpeakerMerger speakers, String documentName, Set<String> aboutMainTreaty,
                                        BriefingSink out) {
        // of each quote only its speaker and cluster; of each cluster its articles and longest wording
        List<String> speakerOf = new ArrayList<>();
        IntStream.Builder clusters = IntStream.builder();
        QuoteClusterer clusterer = new QuoteClusterer();
        StatementCarriers carriers = new StatementCarriers(ids.size());
        List<String> longestWording = new ArrayList<>(); // by cluster: the wording the Summary shows
        List<Integer> longestQuote = new ArrayList<>();
        input.forEachQuoteList((source, quotes) -> {
            int rank = ids.rank(source);
            for (QuoteFact q : quotes) {
                int i = speakerOf.size();
                String name = documentSpeaker(q, source, documentName, aboutMainTreaty);
                if (name.isEmpty() && q.role() != null && !q.role().isEmpty()) {
                    name = roles.personFor(q.role(), rank, speakers).orElse("");
                }
                String speaker = name.isEmpty() ? "" : strings.of(speakers.canonical(name));
                speakerOf.add(speaker);
                // reported speech is clustered like quoted words: a statement reported in one article and
                // quoted in another is one statement
                int c = clusterer.add(speaker, q.text());
                if (c == longestWording.size()) {
                    longestWording.add(q.text());
                    longestQuote.add(i);
                } else if (q.text().length() > longestWording.get(c).length()) {
                    longestWording.set(c, q.text());
                    longestQuote.set(c, i);
                }
                clusters.add(c);
                carriers.add(rank, c);
            }
        });
        carriers.finish(longestWording.size());
        Map<String, Integer> bySpeaker = new TreeMap<>();
        speakerOf.stream().filter(s -> !s.isEmpty()).forEach(s -> bySpeaker.merge(s, 1, Integer::sum));
        List<Summary.Statement> top = topStatements(input, ids, carriers, speakerOf, longestWording, longestQuote);

        int width = idWidth(speakerOf.size());
        int[] next = {0};
        int[] clusterOf = clusters.build().toArray();
        input.forEachQuoteList((source, quotes) -> {
            int rank = ids.rank(source);
            for (QuoteFact q : quotes) {
                int i = next[0]++;
                String speaker = speakerOf.get(i);
                SpeakerMerger.MergedName m = speaker.isEmpty() ? null : speakers.resolve(speaker);
                String title = m != null && !m.title().isEmpty() ? m.title() : q.speakerTitle();
                String type = m != null ? m.type() : q.speakerType();
                String clusterId = String.format("C%0" + width + "d", clusterOf[i] + 1);
                int[] corroborating = Arrays.stream(carriers.carriersOf(clusterOf[i])).filter(r -> r != rank).toArray();
                out.add(BriefingTable.QUOTES, row(String.format("Q%0" + width + "d", i + 1), source, speaker, title,
                        type, q.kind(), q.text(), q.start(), q.end(), clusterId, ids.join(LIST, corroborating),
                        q.confidence(), q.rule()));
            }
        });
        if (next[0] != speakerOf.size()) {
            throw new IllegalStateException("the articles' quotes changed while merging: " + speakerOf.size()
                    + " quotes, then " + next[0]);
        }
        return new QuoteTable(bySpeaker, top);
    }

    /**
     * The statements of the Summary: said by someone, five words or more ("fully justified" is
     * not one), carried by two stories or more, ranked by the distinct stories that carry them.
     */
    private static List<Summary.Statement> topStatements(MergeInput input, SourceIds ids, StatementCarriers carriers,
                                                         List<String> speakerOf, List<String> longestWording,
                                                         List<Integer> longestQuote) {
        Stories stories = new Stories(input, ids, carriers);
        List<Integer> top = IntStream.range(0, carriers.statements()).boxed()
                .filter(c -> !speakerOf.get(longestQuote.get(c)).isEmpty())
                .filter(c -> Words.of(longestWording.get(c)).size() >= MIN_STATEMENT_WORDS)
                .filter(c -> stories.count(carriers.carriersOf(c)) >= 2)
                .sorted(Comparator.comparingInt((Integer c) -> -stories.count(carriers.carriersOf(c)))
                        .thenComparingInt(c -> -carriers.carrierCount(c))
                        .thenComparingInt(c -> c))
                .limit(TOP_STATEMENTS)
                .toList();
        Map<Integer, int[]> storiesOf = new HashMap<>();
        Set<Integer> storyRanks = new HashSet<>();
        for (int c : top) {
            int[] ranks = Arrays.stream(carriers.carriersOf(c)).map(stories::of).sorted().distinct().toArray();
            storiesOf.put(c, ranks);
            Arrays.stream(ranks).forEach(storyRanks::add);
        }
        Map<Integer, Summary.Headline> headlines = new HashMap<>(); // of those stories only, read again
        if (!storyRanks.isEmpty()) {
            input.forEachSource(src -> {
                int rank = ids.rank(src.sourceId());
                if (storyRanks.contains(rank)) {
                    headlines.put(rank, new Summary.Headline(nz(src.title()), nz(src.outlet())));
                }
            });
        }
        return top.stream().map(c -> new Summary.Statement(speakerOf.get(longestQuote.get(c)), longestWording.get(c),
                        storiesOf.get(c).length, ids.ids(carriers.carriersOf(c)), Arrays.stream(storiesOf.get(c))
                                .mapToObj(r -> headlines.getOrDefault(r, new Summary.Headline(ids.id(r), ""))).toList()))
                .toList();
    }

    private static List<List<Object>> speakerRows(SpeakerMerger speakers, SourceIds ids, Map<String, Integer> quotesBySpeaker) {
        List<List<Object>> rows = new ArrayList<>();
        for (SpeakerMerger.MergedName m : speakers.all()) {
            int quotes = quotesBySpeaker.getOrDefault(m.name, 0);
            if (quotes == 0) {
                continue;
            }
            rows.add(row(m.name, String.join(LIST, m.aliases), m.title(), m.affiliation(), m.type(), quotes,
                    ids.join(LIST, m.sources.toArray()), m.sources.size()));
        }
        rows.sort(Comparator.comparing((List<Object> r) -> -(Integer) r.get(5)).thenComparing(r -> (String) r.get(0)));
        return rows;
    }


    /**
     * The Summary's parties: a party's representatives are those the articles name for it, and
     * the officials of that state quoted in its articles, the most quoted first.
     */
    private static List<Summary.PartyLine> partyLines(List<List<Object>> partyRows, SpeakerMerger speakers, SourceIds ids,
                                                      Map<String, Integer> quotesBySpeaker, Map<String, String> stateOf) {
        // each quoted official under their state, looked up once (there are far more speakers than parties)
        Map<String, List<SpeakerMerger.MergedName>> officialsByState = new HashMap<>();
        stateOf.forEach((speaker, state) -> {
            SpeakerMerger.MergedName m = speakers.resolve(speaker);
            if (m != null && "official".equals(m.type()) && quotesBySpeaker.getOrDefault(m.name, 0) > 0) {
                officialsByState.computeIfAbsent(state, k -> new ArrayList<>()).add(m);
            }
        });
        List<Summary.PartyLine> lines = new ArrayList<>();
        for (List<Object> r : partyRows) {
            String state = (String) r.get(0);
            Set<String> sources = Set.of(((String) r.get(5)).split(LIST));
            Set<String> reps = new TreeSet<>();
            if (!((String) r.get(3)).isEmpty()) {
                reps.addAll(List.of(((String) r.get(3)).split(LIST)));
            }
            for (SpeakerMerger.MergedName m : officialsByState.getOrDefault(state, List.of())) {
                if (Arrays.stream(m.sources.toArray()).anyMatch(rank -> sources.contains(ids.id(rank)))) {
                    reps.add(m.name);
                }
            }
            List<String> mostQuotedFirst = reps.stream()
                    .sorted(Comparator.comparingInt((String n) -> -quotesBySpeaker.getOrDefault(n, 0))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            lines.add(new Summary.PartyLine(state, (String) r.get(1), mostQuotedFirst, (Integer) r.get(7), (String) r.get(6)));
        }
        return lines;
    }

    /** The speakers most quoted, with their type and what the articles say they are. */
    private static List<Summary.SpeakerLine> topSpeakers(SpeakerMerger speakers, Map<String, Integer> quotesBySpeaker,
                                                         Map<String, String> stateOf) {
        return quotesBySpeaker.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_SPEAKERS)
                .map(e -> {
                    SpeakerMerger.MergedName m = speakers.resolve(e.getKey());
                    String type = m == null ? "other" : m.type();
                    String title = m == null ? "" : m.title();
                    String affiliation = m == null || m.affiliation().isEmpty()
                            ? stateOf.getOrDefault(e.getKey(), "") : m.affiliation();
                    String said = title.isEmpty() || affiliation.isEmpty() ? title + affiliation : title + ", " + affiliation;
                    return new Summary.SpeakerLine(e.getKey(), type, said, e.getValue());
                })
                .toList();
    }


    private static List<Summary.Count> areaCounts(List<List<Object>> sectionRows) {
        // an area of two agreements counts the articles of both (an article is about one agreement)
        Map<String, Integer> articles = new LinkedHashMap<>();
        sectionRows.stream().filter(r -> "area".equals(r.get(0)))
                .forEach(r -> articles.merge((String) r.get(1), (Integer) r.get(5), Integer::sum));
        return articles.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Summary.Count(e.getKey(), e.getValue())).toList();
    }

    /**
     * Wording of the treaty is spoken by the treaty: the name the card gives it, for an article
     * about that treaty; an article about another document keeps the name it gave.
     */
    private static String documentSpeaker(QuoteFact q, String sourceId, String documentName, Set<String> aboutMainTreaty) {
        boolean mainTreaty = !documentName.isEmpty() && aboutMainTreaty.contains(sourceId);
        return "document".equals(q.speakerType()) && mainTreaty ? documentName : q.speaker();
    }


    /**
     * Appends each row's id (its table's last column): the prefix and the row's number in the
     * table's stable order, as wide as the quote ids ({@code P0001}, {@code CM0012}).
     */
    private static List<List<Object>> numbered(List<List<Object>> rows, String prefix) {
        String format = prefix + "%0" + idWidth(rows.size()) + "d";
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).add(String.format(format, i + 1));
        }
        return rows;
    }

    private static int idWidth(int rows) {
        return Math.max(4, String.valueOf(rows).length());
    }

    static List<Object> row(Object... cells) {
        List<Object> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(c == null ? "" : c);
        }
        return r;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
