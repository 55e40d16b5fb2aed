package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * Reported speech without quotation marks: "X said (that) ...", "X told reporters that ...",
 * "X warned/claimed/denied ...", kind {@code indirect}, with the reported clause as text.
 */
final class ReportedSpeechExtractor {

    private static final Set<String> INDIRECT_VERBS = Set.of("say", "tell", "warn", "claim", "deny", "state",
            "add", "note", "explain", "argue", "insist", "predict", "announce", "stress", "reiterate", "confirm",
            "acknowledge", "admit", "suggest", "assert", "underline", "emphasise", "emphasize", "caution");

    /** Reported speech: "X said (that) ...", "X told Y that ...", "According to X, ..." with no quote marks. */
    List<QuoteFact> extract(ArticleContext ctx, SpeakerResolver resolver) {
        List<QuoteFact> out = new ArrayList<>();
        for (Sentence s : ctx.text().sentences()) {
            if (ctx.text().paragraphs().get(s.paragraph()).boilerplate() || ctx.hasQuoteIn(s) || isHeadline(s)) {
                continue;
            }
            List<Token> t = s.tokens();
            if (accordingTo(ctx, s, resolver, out)) {
                continue;
            }
            for (int v = 1; v < t.size() - 3; v++) {
                Token verb = t.get(v);
                if (!verb.isVerb() || !INDIRECT_VERBS.contains(verb.lemmaOrText())) {
                    continue;
                }
                Mention subject = null;
                for (Mention m : ctx.mentionsIn(s.index())) {
                    if (m.lastToken() < v && m.lastToken() >= v - 4 && m.subject() && m.kind() != Mention.Kind.TREATY) {
                        subject = m;
                    }
                }
                if (subject == null) {
                    continue;
                }
                if (inRelativeClause(t, subject.firstToken()) || reportsSomeoneElsesWords(t, v) || negated(t, v)) {
                    break;
                }
                int from = v + 1;
                for (int k = v + 1; k < Math.min(t.size(), v + 7); k++) {
                    if (t.get(k).text().equalsIgnoreCase("that")) {
                        from = k; // "announced in the Budget that ...": the clause starts after "that"
                        break;
                    }
                }
                if (verb.lemmaOrText().equals("tell")) {
                    while (from < t.size() && !t.get(from).text().equalsIgnoreCase("that") && from < v + 5) {
                        from++;
                    }
                    if (from >= t.size() || !t.get(from).text().equalsIgnoreCase("that")) {
                        break;
                    }
                }
                if (from < t.size() && t.get(from).text().equalsIgnoreCase("that")) {
                    from++;
                }
                int to = t.size();
                while (to > from && "PUNCT".equals(t.get(to - 1).pos())) {
                    to--;
                }
                if (to - from < 4) {
                    break;
                }
                Attribution who = resolver.resolve(subject, 0.6, "reported-speech");
                if (who.found()) {
                    int start = t.get(from).start();
                    int end = t.get(to - 1).end();
                    out.add(new QuoteFact(who.name(), who.title(), who.type(), "indirect",
                            ctx.text().text().substring(start, end), start, end, QuoteExtractor.round(who.confidence()), who.rule(),
                            who.role()));
                }
                break;
            }
        }
        return out;
    }

    /** "According to X, CLAUSE.": the clause is X's, reported. */
    private static boolean accordingTo(ArticleContext ctx, Sentence s, SpeakerResolver resolver, List<QuoteFact> out) {
        List<Token> t = s.tokens();
        if (t.size() < 8 || !t.get(0).text().equalsIgnoreCase("according") || !t.get(1).text().equalsIgnoreCase("to")) {
            return false;
        }
        int comma = 2;
        while (comma < t.size() && !t.get(comma).text().equals(",")) {
            comma++;
        }
        // "According to Chilean news agency NAME": the last who is not a state; a state alone only if it is one
        Mention source = null;
        List<Mention> states = new ArrayList<>();
        for (Mention m : ctx.mentionsIn(s.index())) {
            if (m.firstToken() >= 2 && m.lastToken() < comma && m.kind() != Mention.Kind.TREATY) {
                if (m.kind() == Mention.Kind.STATE) {
                    states.add(m);
                } else {
                    source = m;
                }
            }
        }
        if (source == null && states.size() == 1) {
            source = states.get(0);
        }
        int to = t.size();
        while (to > comma + 1 && "PUNCT".equals(t.get(to - 1).pos())) {
            to--;
        }
        if (source == null || to - comma - 1 < 4) {
            return false;
        }
        Attribution who = resolver.resolve(source, 0.6, "according-to-reported");
        if (!who.found()) {
            return false;
        }
        int start = t.get(comma + 1).start();
        int end = t.get(to - 1).end();
        out.add(new QuoteFact(who.name(), who.title(), who.type(), "indirect", ctx.text().text().substring(start, end),
                start, end, QuoteExtractor.round(who.confidence()), who.rule(), who.role()));
        return true;
    }

    /** A headline ("Minister denies care sums 'wrong'") is no sentence of reported speech. */
    private static boolean isHeadline(Sentence s) {
        String text = s.text().strip();
        return s.paragraph() == 0 && s.tokens().size() < 12 && !text.endsWith(".");
    }

    /** "refused to say", "would not say", "declined to comment": nothing was said. */
    private static boolean negated(List<Token> t, int verb) {
        for (int k = Math.max(0, verb - 3); k < verb; k++) {
            String w = t.get(k).text().toLowerCase();
            if (w.equals("not") || w.equals("n't") || w.equals("never") || w.startsWith("refus") || w.startsWith("declin")) {
                return true;
            }
        }
        return false;
    }

    /** "The seats where the Lib Dems say ...": a speech verb inside a relative clause reports nothing. */
    private static boolean inRelativeClause(List<Token> t, int subjectStart) {
        int k = subjectStart - 1;
        while (k >= 0 && "DET".equals(t.get(k).pos())) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = t.get(k).text().toLowerCase();
        return w.equals("where") || w.equals("which") || w.equals("who") || w.equals("whom") || w.equals("when");
    }

    /** "X denied Conservative claims that ...": what follows are someone else's words. */
    private static boolean reportsSomeoneElsesWords(List<Token> t, int verb) {
        for (int k = verb + 1; k < Math.min(t.size(), verb + 4); k++) {
            String w = t.get(k).text().toLowerCase();
            if (w.equals("claims") || w.equals("reports") || w.equals("allegations") || w.equals("suggestions")
                    || w.equals("accusations") || w.equals("charges") || w.equals("rumours") || w.equals("rumors")) {
                return true;
            }
        }
        return false;
    }

}
