package org.treatybriefing.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * The treaty as one article names it: its name (a capitalised phrase ending in a treaty noun,
 * or a quoted one), its duration ("20-year pact", "in force for 20 years"), its number of
 * articles ("47-article") and where it was signed.
 */
final class TreatyExtractor {

    private static final Pattern DURATION = Pattern.compile("(?i)\\b(\\d{1,3})-year\\s+(?:[\\w-]+\\s+){0,3}?(treaty|agreement|pact|accord|deal|partnership)\\b");
    private static final Pattern IN_FORCE = Pattern.compile("(?i)\\b(?:in force|valid|last)\\s+for\\s+(\\d{1,3})\\s+years\\b");
    private static final Pattern NOT_THIS_ONE = Pattern.compile("(?i)\\b(previous|former|earlier|expired|old|expiration|signed in \\d{4})\\b");
    private static final Pattern ARTICLES = Pattern.compile("(?i)\\b(\\d{1,3})-article\\b");
    private static final Pattern SIGNED = Pattern.compile("(?i)\\b(signed|signing|inked|formali[sz]ed|concluded)\\b");
    private static final Pattern DATELINE = Pattern.compile("^\\s*([A-Z][A-Z .'-]{2,30})\\s*[:—–-]");

    private final Vocabulary vocabulary;
    private final TreatyReferences references;

    TreatyExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.references = new TreatyReferences(vocabulary);
    }

    /**
     * The agreement the article is about, named {@code name} (the article's {@link #name}), from
     * the sentences of {@code scope} only: not from those about another agreement beside it.
     */
    TreatyFact extract(ArticleContext ctx, String name, AgreementScope scope) {
        String place = signedAt(ctx, name, scope);
        return new TreatyFact(name, place, duration(ctx, name, scope), articles(ctx, name, scope), kind(ctx, scope),
                vocabulary.lexicons().cityOf(place));
    }

    boolean speaksOfATreaty(ArticleContext ctx) {
        return ctx.text().sentences().stream().anyMatch(references::namesATreaty);
    }

    /**
     * The most frequent treaty name of the article: two or more capitalised words before a treaty
     * noun ("Northern Fisheries Partnership treaty"), or one capitalised word before a capitalised
     * one ("Kyoto Protocol").
     */
    String name(ArticleContext ctx) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Sentence s : ctx.text().sentences()) {
            if (ctx.text().paragraphs().get(s.paragraph()).boilerplate() || isTitleCaseHeadline(s)) {
                continue;
            }
            namesIn(s).forEach(name -> counts.merge(name, 1, Integer::sum));
        }
        for (QuoteSpan q : ctx.quotes()) {
            String[] words = q.text().strip().split("\\s+");
            if (words.length >= 3 && words.length <= 8 && vocabulary.isTreatyTerm(words[words.length - 1])) {
                counts.merge(titleCase(words), 1, Integer::sum);
            }
        }
        // most frequent; on a tie the longer (a quoted name beats the same name missing a word)
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().length()))
                .map(Map.Entry::getKey)
                .orElse("");
    }

    /** The treaty names of one sentence ("Northern Fisheries Partnership Treaty", "Kyoto Protocol"). */
    private List<String> namesIn(Sentence s) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 1; i < s.tokens().size(); i++) {
            nameAt(s.tokens(), i).ifPresent(names::add);
        }
        return names;
    }

    /**
     * The treaty name whose agreement noun is token i: "Northern Fisheries Partnership treaty",
     * "Kyoto Protocol" ({@link #nameEndingAt}), "Treaty of Harbours", "Convention on Fjord Fisheries"
     * ({@link #nameAfter}); none for "Energy" "Charter" of "Energy Charter Treaty", whose name goes on.
     */
    Optional<String> nameAt(List<Token> t, int i) {
        if (!vocabulary.isTreatyNoun(t.get(i))
                || i + 1 < t.size() && t.get(i + 1).isCapitalised() && vocabulary.isTreatyTerm(t.get(i + 1).text())) {
            return Optional.empty();
        }
        return nameEndingAt(t, i).or(() -> nameAfter(t, i));
    }

    /**
     * "the Treaty of Harbours", "the Convention on Fjord Fisheries", "the Treaty on the Northern
     * Seas": a capitalised agreement noun, "of" or "on", and names ("of" and "and" may join them);
     * not "the Accord on Monday", as a day or month is no name, nor "the firms signed a Memorandum of
     * Understanding", a kind of document ("a", "an") rather than one document's name.
     */
    private Optional<String> nameAfter(List<Token> t, int i) {
        if (!t.get(i).isCapitalised() || i + 2 >= t.size() || !t.get(i + 1).text().matches("of|on")
                || i > 0 && t.get(i - 1).text().matches("(?i)an?")) {
            return Optional.empty();
        }
        int k = i + 2;
        if (t.get(k).text().equals("the") && k + 1 < t.size()) {
            k++;
        }
        int end = -1;
        while (k < t.size() && (vocabulary.isNameWord(t, k)
                || end > 0 && t.get(k).text().matches("of|and|the") && k + 1 < t.size() && vocabulary.isNameWord(t, k + 1))) {
            if (vocabulary.isNameWord(t, k)) {
                end = k;
            }
            k++;
        }
        return end < 0 ? Optional.empty() : Optional.of(Vocabulary.phrase(t, i, end - i + 1, false));
    }

    /**
     * The treaty name that ends with the agreement noun at token i: two or more capitalised words
     * before it ("Northern Fisheries Partnership treaty"), or one before a capitalised noun ("Kyoto Protocol").
     */
    private Optional<String> nameEndingAt(List<Token> t, int i) {
        if (i == 0) {
            return Optional.empty();
        }
        int start = i;
        while (start > 0 && vocabulary.isNameWord(t, start - 1)
                && vocabulary.stateAt(t, start - 1).map(m -> !m.demonym()).orElse(true)) {
            start--;
        }
        boolean capitalisedNoun = Character.isUpperCase(t.get(i).text().charAt(0));
        return i - start >= 2 || i - start == 1 && capitalisedNoun
                ? Optional.of(Vocabulary.phrase(t, start, i - start, false) + " " + capitalise(t.get(i).text()))
                : Optional.empty();
    }

    /**
     * "The Arctic Accord was signed in Oslo in 1990", "the 1992 agreement, which runs for 10 years",
     * in an article about another agreement: a sentence that speaks of agreements, none of them the
     * article's, tells none of its facts. A common noun ("the deal") is the article's agreement
     * unless it is marked as another ("the previous deal").
     *
     * @param name the article's agreement name ("" when it names none)
     */
    private boolean aboutAnotherAgreement(Sentence s, String name) {
        boolean other = false;
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (!vocabulary.isTreatyNoun(tok)) {
                continue;
            }
            Optional<String> named = nameAt(t, i);
            boolean theArticles = named.isPresent()
                    ? !name.isEmpty() && sameAgreement(named.get(), name)
                    : !TreatyReferences.isOtherTreaty(s, tok);
            if (theArticles) {
                return false;
            }
            other = true;
        }
        return other;
    }

    /** "Fjord Cooperation Treaty" and "Fjord Cooperation Agreement": one name, another agreement noun. */
    boolean sameAgreement(String a, String b) {
        return withoutTreatyNoun(a).equalsIgnoreCase(withoutTreatyNoun(b));
    }

    String withoutTreatyNoun(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && vocabulary.isTreatyTerm(name.substring(space + 1)) ? name.substring(0, space) : name;
    }

    /**
     * What the article calls its agreement in common nouns: "the oil deal ... the deal" gives
     * "oil deal" (a kind that says what it is about wins, then the most frequent), "the deal"
     * alone gives "deal". Names an agreement the article never names.
     */
    String kind(ArticleContext ctx, AgreementScope scope) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Sentence s : ctx.text().sentences()) {
            if (ctx.text().paragraphs().get(s.paragraph()).boilerplate() || !scope.sentences().test(s)) {
                continue;
            }
            List<Token> t = s.tokens();
            for (int i = 1; i < t.size(); i++) {
                Token noun = t.get(i);
                if (!vocabulary.isTreatyTerm(noun.text()) || !"NOUN".equals(noun.pos()) || noun.isCapitalised()
                        || !scope.nouns().test(s, noun)) { // not "the 2015 deal" beside it
                    continue;
                }
                counts.merge(kindAt(t, i), 1, Integer::sum);
            }
        }
        // "the deal" is usually the oil deal named once before: the kind that says what it is about wins
        return counts.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getKey().contains(" "))
                        .thenComparing(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse("");
    }

    /** "oil deal" for "the oil deal", "deal" for "the new deal": the noun with a word that says what it is about. */
    static String kindAt(List<Token> t, int i) {
        Token noun = t.get(i);
        Token before = i > 0 ? t.get(i - 1) : null;
        boolean subject = before != null && ("NOUN".equals(before.pos()) || isRelationalAdjective(before))
                && before.text().chars().allMatch(Character::isLowerCase);
        return subject ? before.text() + " " + noun.text().toLowerCase() : noun.text().toLowerCase();
    }

    /**
     * "economic", "nuclear", "military": an adjective that says what a deal is about, unlike
     * "new", "first" or "big", which say nothing of it; English forms these with -al, -ic, -ary.
     */
    private static boolean isRelationalAdjective(Token t) {
        String w = t.text().toLowerCase();
        return "ADJ".equals(t.pos()) && (w.endsWith("al") || w.endsWith("ic") || w.endsWith("ary"));
    }

    /** A headline In Title Case capitalises every word: its capitals say nothing about names. */
    static boolean isTitleCaseHeadline(Sentence s) {
        return s.paragraph() == 0 && isTitleCase(s);
    }

    /** "Historic Harbour Accord Signed In Oslo": a line whose words are nearly all capitalised, a headline. */
    static boolean isTitleCase(Sentence s) {
        long words = s.tokens().stream().filter(tok -> Character.isLetter(tok.text().charAt(0))).count();
        long capitalised = s.tokens().stream().filter(Token::isCapitalised).count();
        return words >= 3 && capitalised * 10 >= words * 8;
    }

    /**
     * Facts of the article's agreement come only from sentences about it ({@link #aboutAnotherAgreement});
     * asked only of a sentence that gives a fact, as most give none.
     */
    private boolean tellsFactsOf(ArticleContext ctx, Sentence s, String name, AgreementScope scope) {
        return !ctx.text().paragraphs().get(s.paragraph()).boilerplate() && scope.sentences().test(s)
                && !aboutAnotherAgreement(s, name);
    }

    private Integer duration(ArticleContext ctx, String name, AgreementScope scope) {
        for (Sentence s : ctx.text().sentences()) {
            Matcher m = DURATION.matcher(s.text());
            while (m.find()) {
                if (!aboutAnotherTreaty(s.text(), m.start(), m.end()) && tellsFactsOf(ctx, s, name, scope)) {
                    return Integer.valueOf(m.group(1));
                }
            }
            Matcher f = IN_FORCE.matcher(s.text());
            if (f.find() && !NOT_THIS_ONE.matcher(s.text()).find() && tellsFactsOf(ctx, s, name, scope)) {
                return Integer.valueOf(f.group(1));
            }
        }
        return null;
    }

    /** "the previous 20-year agreement", "a 20-year agreement signed in 2001": not this treaty. */
    private static boolean aboutAnotherTreaty(String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - 30), start);
        String after = sentence.substring(end, Math.min(sentence.length(), end + 40));
        return NOT_THIS_ONE.matcher(before).find() || after.matches("(?s)\\s*(\\w+\\s+){0,3}signed in \\d{4}.*");
    }

    private Integer articles(ArticleContext ctx, String name, AgreementScope scope) {
        for (Sentence s : ctx.text().sentences()) {
            Matcher m = ARTICLES.matcher(s.text());
            if (m.find() && tellsFactsOf(ctx, s, name, scope)) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** A capital or seat of government in a sentence that says the treaty was signed; else the dateline. */
    private String signedAt(ArticleContext ctx, String name, AgreementScope scope) {
        for (Sentence s : ctx.text().sentences()) {
            if (!SIGNED.matcher(s.text()).find() || !tellsFactsOf(ctx, s, name, scope)) {
                continue;
            }
            Optional<String> place = placeAfterPreposition(s);
            if (place.isPresent()) {
                return place.get();
            }
        }
        Matcher d = DATELINE.matcher(ctx.text().text());
        if (d.find()) {
            String word = d.group(1).trim();
            String proper = word.charAt(0) + word.substring(1).toLowerCase();
            boolean isCapital = vocabulary.lexicons().states().stream().anyMatch(st -> st.capital().equalsIgnoreCase(word));
            if (isCapital) {
                return proper;
            }
        }
        for (Sentence s : ctx.text().sentences()) {
            if (s.text().toLowerCase().matches(".*\\b(conference|summit|ceremony|talks)\\b.*") && tellsFactsOf(ctx, s, name, scope)) {
                Optional<String> place = placeAfterPreposition(s);
                if (place.isPresent()) {
                    return place.get();
                }
            }
        }
        return "";
    }

    private Optional<String> placeAfterPreposition(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            String prev = t.get(i - 1).text().toLowerCase();
            int k = t.get(i).text().equalsIgnoreCase("the") ? i + 1 : i;
            if ((prev.equals("in") || prev.equals("at")) && k < t.size()) {
                Optional<Vocabulary.StateMatch> m = vocabulary.stateAt(t, k);
                if (m.isPresent() && !m.get().demonym() && (m.get().text().equals(m.get().state().capital())
                        || m.get().seatOfGovernment())) {
                    return Optional.of(m.get().text());
                }
            }
        }
        return Optional.empty();
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String titleCase(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            boolean minor = w.equals("of") || w.equals("and") || w.equals("on") || w.equals("the") || w.equals("for");
            sb.append(minor && sb.length() > 0 ? w : capitalise(w));
        }
        return sb.toString();
    }
}
