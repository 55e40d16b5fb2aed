package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treatybriefing.lexicon.Area;
import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * Sections of the treaty: numbered articles ("Article 23") with the sentence that describes
 * them, and areas of the taxonomy, taken from what the article calls the agreement ("the oil
 * deal"), from sentences that say the treaty covers them (a treaty reference and a coverage
 * cue, or a sentence continuing one: "This includes ..."), from the writer's own words of a
 * sentence where the agreement acts ("The harbour treaty would set up a programme to develop
 * technology"), from what an agreement is said to be on ("a deal over state aid"), and from
 * what its signatories agree ("Norland and Sudmark agreed to cut tariffs"), never from a
 * quotation in those sentences, which is someone's view of it.
 */
final class SectionExtractor {

    private static final Pattern ARTICLE = Pattern.compile("\\bArticles?\\s+(\\d{1,3})((?:\\s*(?:,|and)\\s*\\d{1,3})*)");

    /** Prepositions after an agreement noun that introduce what it is about ("a deal over state aid"). */
    private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("on", "over", "about", "covering", "to", "for", "of");
    /** Prepositions after an agreement noun that introduce its parties ("a deal with Sudmark on ..."). */
    private static final Set<String> PARTY_PREPOSITIONS = Set.of("with", "between");
    private static final Set<String> CLAUSE_END = Set.of(",", ";", ":", ".", "!", "?", "-", "–", "—", "(", ")");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "that");
    /** What signatories do when they make an agreement (a sentence opening with one of them). */
    private static final Pattern AGREES = Pattern.compile("(?i)\\b(agree[ds]?|agreeing|commit(s|ted)?|pledge[ds]?|undert(ake|akes|ook))\\b");

    private final Vocabulary vocabulary;

    SectionExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param kind        what the article calls its agreement ("oil deal"): a trade deal covers
     *                    trade, an oil deal energy, whatever else its sentences say
     * @param signatories the states the article says signed its agreement
     * @param scope       the sentences and agreement nouns of that agreement
     */
    List<SectionFact> extract(ArticleContext ctx, String kind, Set<String> signatories, AgreementScope scope) {
        Map<String, String> articles = new LinkedHashMap<>();
        Map<String, String> areas = new LinkedHashMap<>();
        if (!kind.isEmpty()) {
            addAreas(kind, areas);
        }
        boolean previousCovered = false;
        int previousParagraph = -1;
        for (Sentence s : ctx.text().sentences()) {
            if (ctx.text().paragraphs().get(s.paragraph()).boilerplate() || !scope.sentences().test(s)) {
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
                    && (scope.mentionedIn().test(s) || startsWithIt(s));
            if (covers || continuing) {
                addAreas(s.text(), areas);
            } else if (agreementActs(ctx, s, scope) || underTheAgreement(ctx, s, scope) || signatoriesAgree(ctx, s, signatories)) {
                addAreas(ctx.unquoted(s), areas);
            } else {
                agreementSubjects(ctx, s, scope).forEach(subject -> addAreas(subject, areas));
            }
            previousCovered = covers || continuing;
            previousParagraph = s.paragraph();
        }
        List<SectionFact> sections = new ArrayList<>();
        articles.forEach((label, detail) -> sections.add(new SectionFact("article", label, detail)));
        areas.forEach((label, wording) -> sections.add(new SectionFact("area", label, wording)));
        return sections;
    }

    private void addAreas(String text, Map<String, String> areas) {
        for (Area area : vocabulary.lexicons().areas()) {
            Matcher m = area.pattern().matcher(text);
            if (m.find()) {
                areas.putIfAbsent(area.label(), m.group());
            }
        }
    }

    /**
     * What an agreement is said to be about: the words after its noun and one of these
     * prepositions, up to the end of the clause ("Both sides hope to reach a deal over state aid",
     * "an accord with Sudmark on fishing", "a deal to buy aircraft"), and the common words before it
     * ("a gas export deal", "the arms pact"). Not of another agreement ("the 1992 agreement on
     * steel") nor inside a quotation.
     */
    private List<String> agreementSubjects(ArticleContext ctx, Sentence s, AgreementScope scope) {
        List<String> subjects = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token noun = t.get(i);
            if (!isAgreementNoun(noun) || ctx.mask().inside(noun.start()) || !scope.nouns().test(s, noun)) {
                continue;
            }
            int first = i;
            while (first > 0 && i - first < 2 && isCommonModifier(t.get(first - 1))) {
                first--;
            }
            if (first < i) {
                subjects.add(s.text().substring(t.get(first).start() - s.start(), t.get(i - 1).end() - s.start()));
            }
            int preposition = afterItsParties(t, i + 1);
            if (preposition + 1 >= t.size() || !SUBJECT_PREPOSITIONS.contains(t.get(preposition).text().toLowerCase())) {
                continue;
            }
            int end = preposition + 1;
            while (end < t.size() && !CLAUSE_END.contains(t.get(end).text()) && !ctx.mask().inside(t.get(end).start())) {
                end++;
            }
            if (end > preposition + 1) {
                subjects.add(s.text().substring(t.get(preposition + 1).start() - s.start(), t.get(end - 1).end() - s.start()));
            }
        }
        return subjects;
    }

    /** "gas", "export", "nuclear": a lower-case noun or adjective before the agreement noun. */
    private static boolean isCommonModifier(Token t) {
        return ("NOUN".equals(t.pos()) || "ADJ".equals(t.pos())) && t.text().chars().allMatch(Character::isLowerCase);
    }

    /**
     * "an accord with Sudmark on fishing", "a deal between Norland and Sudmark over fishing": the
     * token after the agreement's parties (at most six words, no punctuation or verb), else k itself.
     */
    private static int afterItsParties(List<Token> t, int k) {
        if (k >= t.size() || !PARTY_PREPOSITIONS.contains(t.get(k).text().toLowerCase())) {
            return k;
        }
        for (int j = k + 1; j < t.size() && j <= k + 6; j++) {
            if (CLAUSE_END.contains(t.get(j).text()) || t.get(j).isVerb()) {
                return k;
            }
            if (SUBJECT_PREPOSITIONS.contains(t.get(j).text().toLowerCase())) {
                return j;
            }
        }
        return k;
    }

    /**
     * "Under the pact, Norland was granted most-favoured-nation status": what happens under the
     * agreement (not another, older one) is what it provides.
     */
    private boolean underTheAgreement(ArticleContext ctx, Sentence s, AgreementScope scope) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!"under".equalsIgnoreCase(t.get(i).text()) || ctx.mask().inside(t.get(i).start())) {
                continue;
            }
            for (int k = i + 1; k < t.size() && k <= i + 4; k++) {
                if (isAgreementNoun(t.get(k))) {
                    if (scope.nouns().test(s, t.get(k))) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /**
     * "Norland and Sudmark have agreed to cut tariffs on steel": a sentence that opens with a
     * signatory of the article and says it agreed, committed or pledged tells what the agreement
     * covers, though it names no treaty. Not "Norland has agreed" when Norland signed nothing.
     */
    private boolean signatoriesAgree(ArticleContext ctx, Sentence s, Set<String> signatories) {
        if (signatories.isEmpty() || !AGREES.matcher(ctx.unquoted(s)).find()) {
            return false;
        }
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size() && ("DET".equals(t.get(i).pos()) || ",".equals(t.get(i).text()))) {
            i++;
        }
        return i < t.size() && vocabulary.stateAt(t, i).filter(m -> signatories.contains(m.state().name())).isPresent();
    }

    /**
     * "The treaty would also establish a programme to develop technology", "the pact, which aims
     * to cut emissions": the agreement is the subject of an active verb, so what follows is what
     * it does. Not "The pact was signed after a dispute over oil prices", which tells of its signing,
     * nor "extending the jobs deal, while cutting taxes", where the verb is another clause's.
     */
    private boolean agreementActs(ArticleContext ctx, Sentence s, AgreementScope scope) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!isAgreementNoun(t.get(i)) || ctx.mask().inside(t.get(i).start()) || !scope.nouns().test(s, t.get(i))) {
                continue;
            }
            int k = i + 1;
            while (k < t.size() && k <= i + 3 && !t.get(k).isVerb() && !endsTheClause(t, k)) {
                k++;
            }
            if (k < t.size() && k <= i + 3 && t.get(k).isVerb() && !isPassive(t, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isAgreementNoun(Token t) {
        return vocabulary.isTreatyTerm(t.text()) && ("NOUN".equals(t.pos()) || t.isProperNoun());
    }

    /**
     * "extending the jobs deal, while cutting staff": a comma or dash ends the agreement's clause,
     * unless a relative pronoun goes on about it ("the pact, which aims to ...").
     */
    private static boolean endsTheClause(List<Token> t, int k) {
        return CLAUSE_END.contains(t.get(k).text())
                && !(k + 1 < t.size() && RELATIVE_PRONOUNS.contains(t.get(k + 1).text().toLowerCase()));
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
