package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * The agreements an article speaks of beside the one it is about, each with its own sentences:
 * <ul>
 * <li>another named one: "the Harbour Accord" in an article about the Fjord Treaty;</li>
 * <li>a dated one, once the article has spoken of its own: "the 1990 accord", "Norland ended an
 * accord with Sudmark, reached in 1990";</li>
 * <li>beside a named agreement, one introduced as new or as its successor ("Ms Vale wants a new
 * harbour treaty", "a successor accord"), and the later mentions of it as new, proposed or
 * reported ("Ms Vale's reported treaty would set up a fund").</li>
 * </ul>
 * "The accord", "a deal" unmarked are the article's own agreement; a line In Title Case (the
 * headline, a linked story's) names none. A sentence that also speaks of
 * the article's own agreement is that one's; the sentence after one about another agreement that
 * goes on about it ("It limited catches.") is the other's.
 */
final class OtherAgreements {

    /** A year of an agreement's making: 1800-2099. */
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    /** "an accord with Sudmark, reached in 1990": the year it was made, a few words after its noun. */
    private static final Pattern MADE_IN = Pattern.compile("^[^;:.!?]{0,40}?\\b(?:reached|signed|concluded|struck|sealed|"
            + "agreed|negotiated|made)\\s+in\\s+((?:1[89]|20)\\d\\d)\\b");
    /** Words that introduce an agreement not yet made, beside a named one ("a new treaty", "a successor accord"). */
    private static final Set<String> INTRODUCING = Set.of("new", "successor", "replacement", "follow-up", "follow-on");
    /** Words that speak of that agreement again ("the proposed treaty", "Ms Vale's reported treaty"). */
    private static final Set<String> REFERRING = Set.of("new", "successor", "replacement", "follow-up", "follow-on",
            "proposed", "planned", "reported", "draft", "possible", "future");

    /**
     * One other agreement of the article.
     *
     * @param name      its name ("" when the article names none)
     * @param kind      what the article calls it when it names none ("1990 accord", "new treaty")
     * @param sentences the indexes of its sentences
     * @param nouns     where its agreement nouns start in the article
     */
    record Found(String name, String kind, Set<Integer> sentences, Set<Integer> nouns) {
    }

    /** A noun of another agreement in a sentence: its key (name or kind) and the name, if any. */
    private record Claim(String key, String name, String kind, Token noun) {
    }

    private final Vocabulary vocabulary;
    private final TreatyExtractor treaty;

    OtherAgreements(Vocabulary vocabulary, TreatyExtractor treaty) {
        this.vocabulary = vocabulary;
        this.treaty = treaty;
    }

    /** @param mainName the name of the agreement the article is about ("" when it names none) */
    List<Found> find(ArticleContext ctx, String mainName) {
        Map<String, Found> found = new LinkedHashMap<>();
        int firstMention = -1;
        Set<String> introduced = new LinkedHashSet<>(); // kinds of new agreements introduced ("new treaty")
        Found previous = null;
        for (Sentence s : ctx.text().sentences()) {
            if (ctx.text().paragraphs().get(s.paragraph()).boilerplate()) {
                continue;
            }
            List<Claim> claims = new ArrayList<>();
            boolean ownMention = false;
            boolean anyNoun = false;
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token noun = t.get(i);
                if (!vocabulary.isTreatyNoun(noun)) {
                    continue;
                }
                anyNoun = true;
                Optional<Claim> claim = ctx.mask().inside(noun.start()) || TreatyExtractor.isTitleCase(s)
                        ? Optional.empty() : claim(s, i, mainName, firstMention, introduced);
                claim.ifPresent(claims::add);
                ownMention |= claim.isEmpty() && !TreatyReferences.isOtherTreaty(s, noun);
            }
            if (anyNoun && firstMention < 0) {
                firstMention = s.index();
            }
            for (Claim c : claims) {
                Found f = found.computeIfAbsent(c.key(), k -> new Found(c.name(), c.kind(), new LinkedHashSet<>(), new LinkedHashSet<>()));
                f.nouns().add(c.noun().start());
                if (!ownMention) {
                    f.sentences().add(s.index());
                }
            }
            Set<String> keys = new LinkedHashSet<>();
            claims.forEach(c -> keys.add(c.key()));
            if (!ownMention && keys.size() == 1) {
                previous = found.get(keys.iterator().next());
            } else if (previous != null && !anyNoun && previous.sentences().contains(s.index() - 1)
                    && TreatyReferences.continues(s)) {
                previous.sentences().add(s.index()); // "It limited catches."
                previous = null;
            } else {
                previous = null;
            }
        }
        return List.copyOf(found.values());
    }

    /** Whether the agreement noun at token i is another agreement's, and which. */
    private Optional<Claim> claim(Sentence s, int i, String mainName, int firstMention, Set<String> introduced) {
        List<Token> t = s.tokens();
        Token noun = t.get(i);
        Optional<String> named = treaty.nameAt(t, i);
        if (named.isPresent()) {
            boolean own = !mainName.isEmpty() && treaty.sameAgreement(named.get(), mainName);
            return own || mainName.isEmpty() ? Optional.empty()
                    : Optional.of(new Claim(treaty.withoutTreatyNoun(named.get()).toLowerCase(), named.get(), "", noun));
        }
        Optional<String> year = yearBefore(t, i).or(() -> yearAfter(s, i));
        if (year.isPresent() && firstMention >= 0 && firstMention < s.index()) {
            String kind = year.get() + " " + TreatyExtractor.kindAt(t, i);
            return Optional.of(new Claim(kind, "", kind, noun));
        }
        if (mainName.isEmpty()) {
            return Optional.empty();
        }
        int marker = markerBefore(t, i);
        if (marker < 0) {
            return Optional.empty();
        }
        String word = t.get(marker).text().toLowerCase();
        String kind = word + " " + noun.text().toLowerCase();
        boolean indefinite = marker > 0 && t.get(marker - 1).text().matches("(?i)an?");
        if (indefinite && INTRODUCING.contains(word)
                && !(word.equals("new") && namesTheMain(t, mainName))) { // "a new treaty, the Fjord Treaty": the same one
            introduced.add(kind);
            return Optional.of(new Claim(kind, "", kind, noun));
        }
        return introduced.stream().filter(k -> k.endsWith(" " + noun.text().toLowerCase())).findFirst()
                .filter(k -> !indefinite && REFERRING.contains(word))
                .map(k -> new Claim(k, "", k, noun));
    }

    /** "the 1990 accord", "a 1990 fisheries accord": a year among the three words before the noun. */
    private static Optional<String> yearBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String w = t.get(k).text();
            if (YEAR.matcher(w).matches()) {
                return Optional.of(w);
            }
            if (!Character.isLetterOrDigit(w.charAt(0)) || "DET".equals(t.get(k).pos())) {
                break;
            }
        }
        return Optional.empty();
    }

    /** "an accord with Sudmark, reached in 1990": no other agreement noun between. */
    private Optional<String> yearAfter(Sentence s, int i) {
        List<Token> t = s.tokens();
        Matcher m = MADE_IN.matcher(s.text().substring(t.get(i).end() - s.start()));
        if (!m.find()) {
            return Optional.empty();
        }
        int end = t.get(i).end() + m.start(1);
        for (int k = i + 1; k < t.size() && t.get(k).start() < end; k++) {
            if (vocabulary.isTreatyNoun(t.get(k))) {
                return Optional.empty();
            }
        }
        return Optional.of(m.group(1));
    }

    /**
     * The token of a word such as "new" or "proposed" among the four before the noun, with only
     * describing words between ("a new harbour treaty", "a new Norland-friendly treaty"), or -1.
     */
    private static int markerBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String w = t.get(k).text().toLowerCase();
            if (REFERRING.contains(w)) {
                return k;
            }
            boolean hyphen = w.equals("-") && k > 0 && Character.isLetter(t.get(k - 1).text().charAt(0));
            if (!hyphen && (!Character.isLetter(w.charAt(0)) || "DET".equals(t.get(k).pos()) || t.get(k).isVerb())) {
                return -1;
            }
        }
        return -1;
    }

    private boolean namesTheMain(List<Token> t, String mainName) {
        for (int k = 1; k < t.size(); k++) {
            Optional<String> n = treaty.nameAt(t, k);
            if (n.isPresent() && treaty.sameAgreement(n.get(), mainName)) {
                return true;
            }
        }
        return false;
    }
}
