package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * States and blocs an article names (by name, formal name, capital, seat of government or
 * demonym). A state is a signatory only where the text says so: it (or its leader) signed,
 * concluded or formalised the agreement, the agreement is "between" it and another, it is the
 * other side of a signed agreement ("Norland signed a fisheries accord with Sudmark"), or it and
 * another agreed together ("Norland and Sudmark agreed to ...").
 */
final class PartyExtractor {

    private static final Pattern SIGNING = Pattern.compile("(?i)\\b(sign|signs|signed|signing|inked|ink|concluded|conclude|"
            + "formali[sz]ed|ratified|ratify|seal|seals|sealed|strikes|struck|joined|joins|acceded|accedes|accede)\\b");
    /** "refused to sign", "unwillingness to sign", "has not signed": the opposite of signing. */
    private static final Pattern NOT_SIGNING = Pattern.compile("(?i)\\b(not|n't|never|refus\\w*|declin\\w*|unwilling\\w*|"
            + "reluctan\\w*|yet to|failed to|fails to|without)\\s+(\\w+\\s+){0,2}$");
    private static final Set<String> AGREE = Set.of("agreed", "agree", "agrees");
    /** What may stand between the states and "agreed" without undoing it ("have also agreed"). */
    private static final Set<String> AUXILIARY_OR_ADVERB = Set.of("have", "has", "had", "also", "both", "finally", "formally", "jointly", "now");
    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at", "to", "from", "into", "near");

    private final Vocabulary vocabulary;
    private final TreatyReferences references;

    PartyExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.references = new TreatyReferences(vocabulary);
    }

    /** @param scope the sentences of the agreement the article is about: its signatories are found there only */
    List<PartyFact> extract(ArticleContext ctx, AgreementScope scope) {
        Map<String, Integer> mentions = new TreeMap<>();
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        Set<String> signatories = new LinkedHashSet<>();
        for (Sentence s : ctx.text().sentences()) {
            if (ctx.text().paragraphs().get(s.paragraph()).boilerplate()) {
                continue;
            }
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Optional<Vocabulary.StateMatch> m = vocabulary.stateAt(t, i);
                if (m.isEmpty()) {
                    List<String> pair = pairAt(t, i);
                    pair.forEach(state -> mentions.merge(state, 1, Integer::sum));
                    i += pair.isEmpty() || !t.get(i).text().matches(".*[-–—]") ? 0 : 1;
                    continue;
                }
                String name = m.get().state().name();
                mentions.merge(name, 1, Integer::sum);
                if (!m.get().demonym() && !m.get().text().equals(name)) {
                    aliases.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(m.get().text());
                }
                i += m.get().tokens() - 1;
            }
            if (scope.sentences().test(s)) {
                signatories.addAll(signatoriesIn(ctx, s));
            }
        }
        List<PartyFact> parties = new ArrayList<>();
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            String name = e.getKey();
            List<String> representatives = ctx.people().all().stream()
                    .filter(p -> name.equals(p.state()) && "official".equals(p.type()))
                    .map(Person::name).distinct().toList();
            parties.add(new PartyFact(name, signatories.contains(name) ? "signatory" : "other",
                    List.copyOf(aliases.getOrDefault(name, Set.of())), representatives, e.getValue()));
        }
        return parties;
    }

    /**
     * States on the signing side of a sentence that says the treaty was signed: named before
     * the signing verb (not as a place, "in Geneva"), or through the persons who signed.
     */
    private Set<String> signatoriesIn(ArticleContext ctx, Sentence s) {
        Set<String> found = new LinkedHashSet<>();
        if (!references.mentionsTreaty(s)) {
            found.addAll(agreeingTogether(ctx, s));
            return found;
        }
        found.addAll(between(s));
        found.addAll(pairedBeforeTreatyNoun(s));
        found.addAll(agreeingTogether(ctx, s));
        var matcher = SIGNING.matcher(s.text());
        if (!matcher.find() || NOT_SIGNING.matcher(s.text().substring(0, matcher.start())).find()) {
            return found;
        }
        int verbOffset = s.start() + matcher.start();
        List<Token> t = s.tokens();
        int subject = subjectBefore(t, verbOffset);
        for (int i = 0; i < t.size() && t.get(i).start() < verbOffset; i++) {
            if (ctx.mask().inside(t.get(i).start())) {
                continue;
            }
            Optional<Vocabulary.StateMatch> m = vocabulary.stateAt(t, i);
            if (m.isPresent()) {
                boolean place = i > 0 && LOCATION_PREPOSITIONS.contains(t.get(i - 1).text().toLowerCase());
                // a bloc signs as the verb's own subject ("the EU signed"), not by being named before it
                boolean signs = !m.get().state().bloc() || i + m.get().tokens() - 1 == subject;
                if (!place && signs) {
                    found.add(m.get().state().name());
                }
                i += m.get().tokens() - 1;
            }
        }
        for (Mention m : ctx.mentionsIn(s.index())) {
            if (m.kind() == Mention.Kind.PERSON && m.start() < verbOffset && !m.person().state().isEmpty()) {
                found.add(m.person().state());
            }
        }
        if (stateSigns(t, verbOffset)) {
            found.addAll(counterparts(ctx, s, verbOffset));
        }
        return found;
    }

    /**
     * "Norland has signed ...", "Norland and Sudmark sealed ...": a state's name stands right before
     * the signing verb (auxiliaries and adverbs aside), so the state itself signs; not "a Norland bank
     * seals a Sudmarkian deal" nor "the government said Acme had signed a deal with Sudmark", where a
     * company does.
     */
    private boolean stateSigns(List<Token> t, int verbOffset) {
        int k = subjectBefore(t, verbOffset);
        return k >= 0 && stateEndingAt(t, k).filter(m -> !m.demonym()).isPresent();
    }

    /** The last word before the verb at verbOffset, auxiliaries and adverbs aside ("Norland has now signed"), or -1. */
    private static int subjectBefore(List<Token> t, int verbOffset) {
        int k = 0;
        while (k < t.size() && t.get(k).start() < verbOffset) {
            k++;
        }
        k--;
        while (k >= 0 && ("AUX".equals(t.get(k).pos()) || "ADV".equals(t.get(k).pos()))) {
            k--;
        }
        return k;
    }

    /**
     * The other side of the agreement signed at verbOffset, named with the agreement noun after
     * the verb: "Norland signed a fisheries accord with Sudmark (and Eastland)", "Norland strikes
     * Sudmarkian gas deal". Only the first agreement noun after the verb; not another agreement
     * ("signed the 1990 accord with Sudmark").
     */
    private Set<String> counterparts(ArticleContext ctx, Sentence s, int verbOffset) {
        Set<String> found = new LinkedHashSet<>();
        List<Token> t = s.tokens();
        int noun = 0;
        while (noun < t.size() && (t.get(noun).start() <= verbOffset || !vocabulary.isTreatyTerm(t.get(noun).text())
                || "VERB".equals(t.get(noun).pos()))) {
            noun++;
        }
        if (noun >= t.size() || ctx.mask().inside(t.get(noun).start()) || TreatyReferences.isOtherTreaty(s, t.get(noun))) {
            return found;
        }
        for (int k = Math.max(0, noun - 2); k < noun; k++) {
            if (t.get(k).start() <= verbOffset) {
                continue;
            }
            Optional<Vocabulary.StateMatch> m = vocabulary.stateAt(t, k);
            if (m.isPresent() && k + m.get().tokens() <= noun) {
                found.add(m.get().state().name());
                k += m.get().tokens() - 1;
            }
        }
        if (noun + 1 < t.size() && t.get(noun + 1).text().equalsIgnoreCase("with")) {
            for (int k = noun + 2; k < t.size(); k++) {
                Optional<Vocabulary.StateMatch> m = vocabulary.stateAt(t, k);
                if (m.isPresent() && !m.get().demonym()) {
                    found.add(m.get().state().name());
                    k += m.get().tokens() - 1;
                } else if (!t.get(k).text().equals("and") && !t.get(k).text().equals(",") && !"DET".equals(t.get(k).pos())) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * "Norland and Sudmark have agreed to open talks", "The EU and Norland agreed on quotas": two
     * states or blocs or more, joined by "and", as the subject of "agree" make an agreement
     * together, though the sentence names none. One state alone agrees with someone it may not
     * name; "have not agreed" is no agreement.
     */
    private Set<String> agreeingTogether(ArticleContext ctx, Sentence s) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size() && ("DET".equals(t.get(i).pos()) || "ADV".equals(t.get(i).pos()) || ",".equals(t.get(i).text()))) {
            i++;
        }
        Set<String> subjects = new LinkedHashSet<>();
        while (i < t.size() && !ctx.mask().inside(t.get(i).start())) {
            Optional<Vocabulary.StateMatch> m = vocabulary.stateAt(t, i);
            if (m.isEmpty() || m.get().demonym()) {
                break;
            }
            subjects.add(m.get().state().name());
            i += m.get().tokens();
            if (i < t.size() && (t.get(i).text().equals("and") || t.get(i).text().equals(","))) {
                i++;
                if (i < t.size() && "DET".equals(t.get(i).pos())) {
                    i++;
                }
            } else {
                break;
            }
        }
        if (subjects.size() < 2) {
            return Set.of();
        }
        for (int k = i; k < t.size() && k <= i + 2; k++) {
            String w = t.get(k).text().toLowerCase();
            if (AGREE.contains(w)) {
                return subjects;
            }
            if (!AUXILIARY_OR_ADVERB.contains(w)) {
                break;
            }
        }
        return Set.of();
    }

    /** "the Chile-Peru treaty", "a new US-UK defence pact": the two states named in the treaty's name. */
    private Set<String> pairedBeforeTreatyNoun(Sentence s) {
        Set<String> found = new LinkedHashSet<>();
        List<Token> t = s.tokens();
        for (int i = 3; i < t.size(); i++) {
            if (vocabulary.isTreatyTerm(t.get(i).text()) && !TreatyReferences.isOtherTreaty(s, t.get(i))) {
                found.addAll(pairBefore(t, i));
            }
        }
        return found;
    }

    /** The two states of "Chile-Peru" or "Chile - Peru" among the three words before the agreement noun at i. */
    private Set<String> pairBefore(List<Token> t, int i) {
        Set<String> found = new LinkedHashSet<>();
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            List<String> pair = pairAt(t, k);
            if (pair.isEmpty() && k > 0 && t.get(k - 1).text().matches(".+[-–—]")) {
                pair = pairAt(t, k - 1); // "Norway-" "EU" "deal"
            }
            if (!pair.isEmpty()) {
                found.addAll(pair);
                break;
            }
            if (k < 2) {
                continue;
            }
            Optional<Vocabulary.StateMatch> second = stateEndingAt(t, k);
            if (second.isEmpty()) {
                continue;
            }
            int dash = k - second.get().tokens();
            if (dash >= 1 && isDash(t.get(dash).text())) {
                stateEndingAt(t, dash - 1).ifPresent(first -> {
                    found.add(first.state().name());
                    found.add(second.get().state().name());
                });
            }
            break;
        }
        return found;
    }

    /**
     * "Norway-EU", which the tokenizer keeps as one word or splits after the dash ("Norway-",
     * "EU"): the two states named at token k, or none.
     */
    private List<String> pairAt(List<Token> t, int k) {
        String text = t.get(k).text();
        String[] halves = text.split("[-–—]", -1);
        if (halves.length == 2 && halves[1].isEmpty() && k + 1 < t.size()) {
            halves[1] = t.get(k + 1).text(); // "Norway-" "EU"
        }
        if (halves.length != 2 || halves[0].isEmpty() || halves[1].isEmpty()) {
            return List.of();
        }
        Optional<org.treatybriefing.lexicon.State> a = vocabulary.stateNamed(halves[0]);
        Optional<org.treatybriefing.lexicon.State> b = vocabulary.stateNamed(halves[1]);
        return a.isPresent() && b.isPresent() ? List.of(a.get().name(), b.get().name()) : List.of();
    }

    /** The state whose name or demonym ends at token k ("North Korea" ending at "Korea"). */
    private Optional<Vocabulary.StateMatch> stateEndingAt(List<Token> t, int k) {
        for (int start = Math.max(0, k - 3); start <= k; start++) {
            Optional<Vocabulary.StateMatch> m = vocabulary.stateAt(t, start);
            if (m.isPresent() && start + m.get().tokens() - 1 == k) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static boolean isDash(String w) {
        return w.equals("-") || w.equals("–") || w.equals("—");
    }

    /** "a pact between Chile and Peru", unless it is an older one ("the 2015 agreement between ..."). */
    private Set<String> between(Sentence s) {
        Set<String> found = new LinkedHashSet<>();
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size() - 1; i++) {
            if (!t.get(i).text().equalsIgnoreCase("between") || !vocabulary.isTreatyTerm(t.get(i - 1).text())
                    || TreatyReferences.isOtherTreaty(s, t.get(i - 1))) {
                continue;
            }
            found.addAll(statesListedFrom(t, i + 1));
        }
        return found;
    }

    /** "Chile and Peru", "Chile, Peru and Bolivia" from token k on (seven words at most). */
    private Set<String> statesListedFrom(List<Token> t, int k) {
        Set<String> found = new LinkedHashSet<>();
        for (int j = k; j < Math.min(t.size(), k + 7); j++) {
            Optional<Vocabulary.StateMatch> m = vocabulary.stateAt(t, j);
            if (m.isPresent()) {
                found.add(m.get().state().name());
                j += m.get().tokens() - 1;
            } else if (!t.get(j).text().equals("and") && !t.get(j).text().equals(",")) {
                break;
            }
        }
        return found;
    }

    /**
     * The parties of another agreement the article speaks of ({@link OtherAgreements}), as the
     * sentences about it present them: "the Norland-Sudmark accord of 1990", "the 1990 accord
     * between Norland and Sudmark", "Norland ended an accord with Sudmark, reached in 1990" (the state
     * that acts on it and the one it is "with"), "Norland and Sudmark signed the 1990 accord". Not
     * "Norland rejected the 1990 accord", which says nothing of who made it.
     */
    Set<String> partiesOf(ArticleContext ctx, OtherAgreements.Found other) {
        Set<String> found = new LinkedHashSet<>();
        for (Sentence s : ctx.text().sentences()) {
            if (!other.sentences().contains(s.index())) {
                continue;
            }
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!other.nouns().contains(t.get(i).start())) {
                    continue;
                }
                found.addAll(pairBefore(t, i));
                String next = i + 1 < t.size() ? t.get(i + 1).text().toLowerCase() : "";
                int listed = i + 2 < t.size() && "DET".equals(t.get(i + 2).pos()) ? i + 3 : i + 2; // "with the EU"
                if (next.equals("between")) {
                    found.addAll(statesListedFrom(t, listed));
                }
                boolean with = next.equals("with");
                Set<String> counterparts = with ? statesListedFrom(t, listed) : Set.of();
                int verb = verbBefore(t, i);
                if (verb >= 0 && (with && !counterparts.isEmpty() || SIGNING.matcher(t.get(verb).text()).matches())) {
                    found.addAll(counterparts);
                    found.addAll(subjectStates(t, verb));
                }
            }
        }
        return found;
    }

    /** "terminated" in "Norland terminated an old accord": the verb of the noun at i, with only its describing words between. */
    private static int verbBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (t.get(k).isVerb()) {
                return k;
            }
            String pos = t.get(k).pos();
            if (!("DET".equals(pos) || "ADJ".equals(pos) || "NUM".equals(pos) || "NOUN".equals(pos) || "PROPN".equals(pos))) {
                return -1;
            }
        }
        return -1;
    }

    /** "Norland and Sudmark" in "Norland and Sudmark have signed": the states right before the verb (auxiliaries aside). */
    private Set<String> subjectStates(List<Token> t, int verb) {
        Set<String> found = new LinkedHashSet<>();
        int k = subjectBefore(t, t.get(verb).start());
        while (k >= 0) {
            Optional<Vocabulary.StateMatch> m = stateEndingAt(t, k).filter(x -> !x.demonym());
            if (m.isEmpty()) {
                break;
            }
            found.add(m.get().state().name());
            k -= m.get().tokens();
            if (k >= 1 && (t.get(k).text().equals("and") || t.get(k).text().equals(","))) {
                k--;
                if ("DET".equals(t.get(k).pos())) {
                    k--;
                }
            } else {
                break;
            }
        }
        return found;
    }
}
