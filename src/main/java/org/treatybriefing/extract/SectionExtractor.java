package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treatybriefing.lexicon.Area;
import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * Sections of the treaty: numbered articles ("Article 23") with the sentence that describes
 * them, and areas of the taxonomy, taken from what the article calls the agreement ("the oil
 * deal"), from sentences that say the treaty covers them (a treaty reference and a coverage
 * cue, or a sentence continuing one: "This includes ..."), and from the writer's own sentences
 * that name the agreement ("The Kyoto treaty would set up a programme to develop technology"),
 * not from a quotation, which is someone's view of it.
 */
final class SectionExtractor {

    private static final Pattern ARTICLE = Pattern.compile("\\bArticles?\\s+(\\d{1,3})((?:\\s*(?:,|and)\\s*\\d{1,3})*)");

    private final Vocabulary vocabulary;
    private final TreatyReferences references;

    SectionExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.references = new TreatyReferences(vocabulary);
    }

    /**
     * @param kind what the article calls its agreement ("oil deal"): a trade deal covers trade,
     *             an oil deal energy, whatever else its sentences say
     */
    List<SectionFact> extract(ArticleContext ctx, String kind) {
        Map<String, String> articles = new LinkedHashMap<>();
        Map<String, String> areas = new LinkedHashMap<>();
        for (Area area : vocabulary.lexicons().areas()) {
            Matcher m = area.pattern().matcher(kind);
            if (!kind.isEmpty() && m.find()) {
                areas.putIfAbsent(area.label(), m.group());
            }
        }
        boolean previousCovered = false;
        int previousParagraph = -1;
        for (Sentence s : ctx.text().sentences()) {
            if (ctx.text().paragraphs().get(s.paragraph()).boilerplate()) {
                continue;
            }
            Matcher a = ARTICLE.matcher(s.text());
            while (a.find()) {
                articles.putIfAbsent("Article " + a.group(1), s.text().strip());
                for (String more : a.group(2).split("\\D+")) {
                    if (!more.isEmpty()) {
                        articles.putIfAbsent("Article " + more, s.text().strip());
                    }
                }
            }
            boolean continuing = previousCovered && previousParagraph == s.paragraph() && TreatyReferences.continues(s);
            boolean covers = vocabulary.lexicons().coverageCues().matcher(s.text()).find()
                    && (references.mentionsTreaty(s) || startsWithIt(s))
                    || agreementActs(s) && !ctx.mask().overlaps(s.start(), s.end());
            if (covers || continuing) {
                for (Area area : vocabulary.lexicons().areas()) {
                    Matcher m = area.pattern().matcher(s.text());
                    if (m.find()) {
                        areas.putIfAbsent(area.label(), m.group());
                    }
                }
            }
            previousCovered = covers || continuing;
            previousParagraph = s.paragraph();
        }
        List<SectionFact> sections = new ArrayList<>();
        articles.forEach((label, detail) -> sections.add(new SectionFact("article", label, detail)));
        areas.forEach((label, wording) -> sections.add(new SectionFact("area", label, wording)));
        return sections;
    }

    /**
     * "The treaty would also establish a programme to develop technology", "the pact, which aims
     * to cut emissions": the agreement is the subject of an active verb, so what follows is what
     * it does. Not "The pact was signed after a dispute over oil prices", which tells of its signing.
     */
    private boolean agreementActs(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!vocabulary.isTreatyTerm(t.get(i).text()) || !"NOUN".equals(t.get(i).pos()) && !t.get(i).isProperNoun()
                    || TreatyReferences.isOtherTreaty(s, t.get(i))) {
                continue;
            }
            int k = i + 1;
            while (k < t.size() && k <= i + 3 && !t.get(k).isVerb()) {
                k++;
            }
            if (k < t.size() && k <= i + 3 && t.get(k).isVerb() && !isPassive(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** "was signed", "has been agreed": a form of "be" before a past participle. */
    private static boolean isPassive(List<Token> t, int k) {
        for (int v = k; v < Math.min(t.size(), k + 3); v++) {
            if ("be".equals(t.get(v).lemmaOrText()) && v + 1 < t.size() && t.get(v + 1).text().endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** "It covers all areas, including ...": "it" in a treaty article almost always means the treaty. */
    private static boolean startsWithIt(Sentence s) {
        return s.text().matches("(?is).*\\bit (covers|spans|encompasses|includes)\\b.*");
    }
}
