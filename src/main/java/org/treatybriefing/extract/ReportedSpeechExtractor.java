package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.treatybriefing.nlp.Chunker;
import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * Reported speech without quotation marks, kind {@code indirect}. In stages, as textacy's quotation rules:
 * <ol>
 * <li>candidates: each reporting verb of {@code config/reporting-verbs.tsv} outside quotation
 * marks, and "according to";</li>
 * <li>shape: the first of the named shapes below that reads the speaker's phrase and the reported words
 * around the cue;</li>
 * <li>filter: nothing said ("did not say", "declined to comment"), a verb inside a relative
 * clause, someone else's claims, too few words, words already quoted;</li>
 * <li>speaker: the person, role or organisation the phrase names, else the group as written
 * ("officials", "harbour engineers").</li>
 * </ol>
 */
final class ReportedSpeechExtractor {

    /** Words that say nothing was said: "did not say", "refused to say", "declined to comment". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "refused", "refuses", "refuse",
            "declined", "declines", "decline", "wouldn't", "won't", "didn't", "doesn't");
    /** Words before a subject that make its clause relative: "the seats where the party says ...". */
    private static final Set<String> RELATIVE_OPENERS = Set.of("where", "which", "who", "whom", "when", "whose");
    /** Nouns after the verb that make the words someone else's: "X denied claims that ...". */
    private static final Set<String> OTHERS_WORDS = Set.of("claims", "reports", "allegations", "suggestions",
            "accusations", "charges", "rumours", "rumors", "speculation");
    /** Verbs whose first object is the listener, not what was said: "told reporters that ...". */
    private static final Set<String> LISTENER_FIRST = Set.of("tell", "inform", "assure", "remind");
    /** Words that introduce someone the text describes without naming: "a backbencher said". */
    private static final Set<String> INDEFINITES = Set.of("a", "an", "one", "another");
    /** Determiners dropped from a group's name: "the officials" speak as "officials". */
    private static final Set<String> LEADING_DETERMINERS = Set.of("the", "a", "an");
    /**
     * Conjunctions that open reported words ("said if elected he would ...", "asked whether ...");
     * others after the verb give the circumstances of saying ("said as she left").
     */
    private static final Set<String> CONDITIONS = Set.of("if", "whether", "because", "although", "though",
            "unless", "once");
    /** What may stand before a participle that carries on the sentence's statement: ", saying", "while saying". */
    private static final String PARTICIPLE_RULE = "participle-continues";
    private static final Set<String> PARTICIPLE_OPENERS = Set.of(",", "while", "after", "before", "by", "when", "in");
    /** Reported words that open with a quotation must go on after it by this many characters. */
    /** "he's", "don't": contractions the tagger may take for punctuation. */
    private static final Pattern CONTRACTION = Pattern.compile("['’]\\p{L}+|n['’]t");

    private static final int MIN_WORDS_AFTER_QUOTE_CHARS = 12;
    /** Fewest words of reported speech: "he said no" reports nothing a briefer can use. */
    private static final int MIN_WORDS = 3;
    /** Longest source after "according to", up to its comma: "according to the party's deputy director, ...". */
    private static final int MAX_SOURCE_WORDS = 25;

    /**
     * A report found in a sentence: the cue, who (tokens of the speaker's phrase; -1 when the
     * speaker is the sentence's, as for ", adding that ..."), what (reported tokens from..to),
     * a stretch inside them that is the attribution, not the words (skipFrom..skipTo, or -1),
     * and the cue's kind from reporting-verbs.tsv ("" for "according to").
     */
    record Report(int cue, int speakerFirst, int speakerLast, int from, int to, String rule, double confidence,
                  int skipFrom, int skipTo, String kind) {

        Report(int cue, int speakerFirst, int speakerLast, int from, int to, String rule, double confidence,
               int skipFrom, int skipTo) {
            this(cue, speakerFirst, speakerLast, from, to, rule, confidence, skipFrom, skipTo, "");
        }

        Report(int cue, int speakerFirst, int speakerLast, int from, int to, String rule, double confidence) {
            this(cue, speakerFirst, speakerLast, from, to, rule, confidence, -1, -1);
        }

        /** The same report with its words ending earlier; an attribution inside them past the end is dropped. */
        Report endingAt(int newTo) {
            if (skipFrom >= 0 && newTo <= skipTo) {
                return new Report(cue, speakerFirst, speakerLast, from, Math.min(newTo, skipFrom - 1), rule, confidence,
                        -1, -1, kind);
            }
            return new Report(cue, speakerFirst, speakerLast, from, newTo, rule, confidence, skipFrom, skipTo, kind);
        }

        Report ofKind(String cueKind) {
            return new Report(cue, speakerFirst, speakerLast, from, to, rule, confidence, skipFrom, skipTo, cueKind);
        }

        /** A verb that names what it speaks of: "called the plan a failure". */
        boolean naming() {
            return kind.equals("naming");
        }

        /** A verb that reports only words holding a quotation: "criticised the mayor for "a reckless plan"". */
        boolean quotingOnly() {
            return kind.equals("quoting");
        }
    }

    private final Vocabulary vocabulary;

    ReportedSpeechExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param quoted the article's quotations, already attributed; a quoted fragment inside
     *               reported words is absorbed by them and removed from this list, except in the
     *               words of a naming verb ("called the pact a "bridge to the north"")
     */
    List<QuoteFact> extract(ArticleContext ctx, SpeakerResolver resolver, List<QuoteFact> quoted) {
        List<QuoteFact> out = new ArrayList<>();
        for (Sentence s : ctx.text().sentences()) {
            if (ctx.text().paragraphs().get(s.paragraph()).boilerplate()) {
                continue;
            }
            Attribution sentenceSpeaker = speakerOfQuoteIn(s, quoted);
            int wordsEnd = -1; // end of the reported words so far in this sentence
            for (Report r : reports(ctx, s)) {
                Attribution who = r.speakerFirst() >= 0 ? speaker(ctx, s, r, resolver)
                        : sharedSubject(ctx, s, r, resolver, sentenceSpeaker, wordsEnd);
                wordsEnd = Math.max(wordsEnd, r.to());
                if (r.speakerFirst() < 0 && !who.found()) {
                    continue; // ", adding that ..." with no one speaking before it
                }
                QuoteFact fact = fact(ctx, s, r, who);
                if (r.naming()) {
                    out.add(fact);
                    continue;
                }
                QuoteFact absorbing = absorbQuotesInside(fact, quoted);
                if (!r.quotingOnly() || absorbing != fact) {
                    out.add(absorbing); // a verb of "quoting" kind reports only around a quoted statement
                }
                if (who.found() && r.speakerFirst() >= 0) {
                    sentenceSpeaker = who;
                }
            }
        }
        return out;
    }

    /**
     * Whose words a participle or joined verb reports. A joined verb ("..., and the League said
     * ...") shares the nearest subject before it, else the sentence's speaker. A participle after a
     * comma ("Vale went after Berg on Monday, saying ...") carries on the main clause: the person
     * who opens the sentence, else the sentence's speaker, else the nearest subject.
     */
    private static Attribution sharedSubject(ArticleContext ctx, Sentence s, Report r, SpeakerResolver resolver,
                                             Attribution sentenceSpeaker, int wordsEnd) {
        if (r.rule().equals(PARTICIPLE_RULE) && s.tokens().get(r.cue() - 1).text().equals(",")) {
            Attribution opening = openingPerson(ctx, s, r.cue(), resolver);
            if (opening.found() || sentenceSpeaker.found()) {
                return opening.found() ? opening : sentenceSpeaker;
            }
        }
        // "Vale told the paper her group never met Berg and said ...": Berg is in Vale's words, not the verb's subject
        if (sentenceSpeaker.found() && noSubjectBetween(ctx, s, wordsEnd, r.cue())) {
            return sentenceSpeaker;
        }
        Attribution nearest = subjectOfSentence(ctx, s, r.cue(), resolver);
        return nearest.found() ? nearest : sentenceSpeaker;
    }

    /** No one stands as a subject after the earlier reported words and before the cue. */
    private static boolean noSubjectBetween(ArticleContext ctx, Sentence s, int wordsEnd, int cue) {
        if (wordsEnd < 0) {
            return false;
        }
        return ctx.mentionsIn(s.index()).stream()
                .noneMatch(m -> m.firstToken() >= wordsEnd && m.lastToken() < cue && m.subject());
    }

    /** The first person standing as a subject before the cue, outside quotations. */
    private static Attribution openingPerson(ArticleContext ctx, Sentence s, int cue, SpeakerResolver resolver) {
        return personSubject(ctx, s, 0, cue, resolver);
    }

    /** The first person standing as a subject from token {@code from} to before {@code before}, outside quotations. */
    private static Attribution personSubject(ArticleContext ctx, Sentence s, int from, int before, SpeakerResolver resolver) {
        return ctx.firstPersonSubject(s.index(), from, before)
                .map(m -> resolver.resolve(m, 0.5, "subject-of-sentence"))
                .filter(Attribution::found)
                .orElse(Attribution.NONE);
    }

    /**
     * Reported words that hold a quotation ("She said the deal was "a sham" and would fail",
     * ""It is unlikely" that she wins, said Vale") are one statement, kind partial: the quotation
     * is not listed again on its own, and the surer of the two attributions names the speaker.
     */
    private static QuoteFact absorbQuotesInside(QuoteFact reported, List<QuoteFact> quotes) {
        QuoteFact result = reported;
        for (Iterator<QuoteFact> it = quotes.iterator(); it.hasNext(); ) {
            QuoteFact q = it.next();
            if (q.kind().equals("indirect") || q.start() < reported.start() || q.end() > reported.end()) {
                continue;
            }
            it.remove();
            // the surer attribution names the statement's speaker
            boolean quoteIsSurer = !q.speaker().isEmpty() && (result.speaker().isEmpty() || q.confidence() > result.confidence());
            QuoteFact who = quoteIsSurer ? q : result;
            result = new QuoteFact(who.speaker(), who.speakerTitle(), who.speakerType(), "partial", result.text(),
                    result.start(), result.end(), who.confidence(), who.rule(), who.role());
        }
        return result;
    }

    private static QuoteFact fact(ArticleContext ctx, Sentence s, Report r, Attribution who) {
        List<Token> t = s.tokens();
        String text = ctx.text().text();
        int start = t.get(r.from()).start();
        int end = t.get(r.to() - 1).end();
        if (ctx.mask().inside(end - 1) && r.to() < t.size() && t.get(r.to()).isClosingQuoteMark()) {
            end = t.get(r.to()).end(); // the closing mark of a quotation the words end with
        }
        String words = r.skipFrom() < 0 ? text.substring(start, end)
                : text.substring(start, t.get(r.skipFrom() - 1).end()) + " " + text.substring(t.get(r.skipTo()).start(), end);
        return new QuoteFact(who.name(), who.title(), who.type(), "indirect", words, start, end,
                QuoteExtractor.round(who.found() ? who.confidence() : 0), who.found() ? who.rule() : r.rule(), who.role());
    }

    /**
     * The reports of one sentence, left to right: each cue read by the first shape that fits. A
     * cue inside the words of an earlier report belongs to them ("said Vale told him ..."), unless
     * a conjunction opens a clause of its own there (", and he urged ..."): the earlier words end
     * at the conjunction.
     */
    List<Report> reports(ArticleContext ctx, Sentence s) {
        List<Token> t = s.tokens();
        List<Report> found = new ArrayList<>();
        int after = 0; // end of the words of the last report
        int openingClauseEnd = Chunker.openingSubordinateClauseEnd(t);
        int openingPhraseEnd = Chunker.openingAdverbialEnd(t);
        for (int v = 0; v < t.size(); v++) {
            if (ctx.mask().inside(t.get(v).start())) {
                continue;
            }
            int cue = v;
            // "After Berg said the port was safe, Vale said ...": the opening clause's comma ends its
            // words; so does an opening participle's ("Having announced that ..., Judge Berg went on")
            Optional<Report> r = shapeAt(t, v).map(report -> cue < openingClauseEnd && report.to() >= openingClauseEnd
                    ? report.endingAt(openingClauseEnd - 1)
                    : report.speakerFirst() == 0 && cue < openingPhraseEnd && report.to() >= openingPhraseEnd
                    ? report.endingAt(openingPhraseEnd - 1) : report);
            if (r.isEmpty() || !keeps(ctx, s, r.get())) {
                continue;
            }
            if (v < after) {
                int conjunction = r.get().speakerFirst() - 1;
                Report previous = found.get(found.size() - 1);
                // "Vale, who says X, said Y": the later verb's subject encloses the earlier report
                boolean encloses = r.get().speakerFirst() >= 0 && r.get().speakerFirst() < previous.from()
                        && t.get(v - 1).text().equals(",");
                boolean joined = conjunction > previous.from() && "CCONJ".equals(t.get(conjunction).pos());
                // "Although she admitted that A, she claimed B": a new subject after a comma
                boolean newClause = conjunction > previous.from() && t.get(conjunction).text().equals(",")
                        && r.get().rule().startsWith("speaker-then-verb");
                if (!encloses && !joined && !newClause) {
                    continue;
                }
                int end = encloses ? v - 1 : newClause ? conjunction
                        : t.get(conjunction - 1).text().equals(",") ? conjunction - 1 : conjunction;
                found.remove(found.size() - 1);
                Report shortened = previous.endingAt(end);
                if (shortened.to() - shortened.from() >= MIN_WORDS) {
                    found.add(shortened);
                }
            }
            found.add(r.get());
            after = Math.max(v + 1, r.get().to());
        }
        return found;
    }

    // --- shapes -------------------------------------------------------------------------------

    /** The first shape that reads a report around the cue at token v, if v is a cue. */
    private Optional<Report> shapeAt(List<Token> t, int v) {
        if (isAccordingTo(t, v)) {
            return accordingToThenWords(t, v).or(() -> wordsThenAccordingTo(t, v));
        }
        Optional<String> cue = vocabulary.reportingVerb(t, v); // looked up once per cue
        if (cue.isEmpty() || negated(t, v)) {
            return Optional.empty();
        }
        String kind = cue.get();
        return participleContinuing(t, v)
                .or(() -> asSpeakerSaid(t, v))
                .or(() -> wordsThenVerbThenSpeaker(t, v))
                .or(() -> speakerThenVerbThenWords(t, v, kind))
                .or(() -> wordsThenSpeakerThenVerb(t, v))
                .or(() -> speakerInsideWords(t, v))
                .or(() -> coordinatedVerb(t, v, kind))
                .map(r -> r.ofKind(kind));
    }

    /** "According to the agency, turnout was a record 39 percent." */
    private static Optional<Report> accordingToThenWords(List<Token> t, int a) {
        int first = a + 2;
        int comma = Chunker.indexOf(t, ",", first);
        if (a > 1 || comma < 0 || comma - first > MAX_SOURCE_WORDS) {
            return Optional.empty();
        }
        int to = Chunker.clauseEnd(t, comma + 1);
        return Optional.of(new Report(a, first, comma - 1, comma + 1, to, "according-to-then-words", 0.6));
    }

    /**
     * "Turnout was a record 39 percent, according to the agency." and, mid-sentence, "At the
     * heart of it, according to Ann Vale, a former envoy, was a decision ..." (the words around).
     */
    private static Optional<Report> wordsThenAccordingTo(List<Token> t, int a) {
        // "Turnout was a record, according to the agency." (the comma is sometimes left out)
        boolean setOff = a >= 2 && t.get(a - 1).text().equals(",");
        if (!setOff && (a < MIN_WORDS + 1 || t.get(a - 1).isVerb())) {
            return Optional.empty();
        }
        int last = lastWordBefore(t, t.size());
        if (last < a + 2) {
            return Optional.empty();
        }
        int comma = Chunker.indexOf(t, ",", a + 2);
        if (comma > 0 && t.get(comma - 1).isProperNoun()) {
            int close = Chunker.indexOf(t, ",", comma + 1); // "according to NAME, a former envoy, was ..."
            if (close > 0 && close - comma < MAX_SOURCE_WORDS && close < last) {
                comma = close;
            }
        }
        if (comma > 0 && last - comma >= MIN_WORDS) {
            return Optional.of(new Report(a, a + 2, comma - 1, 0, Chunker.trimPunctuation(t, 0, last + 1), "words-around-according-to",
                    0.6, a - 1, comma + 1));
        }
        int speakerLast = comma > 0 ? comma - 1 : last;
        return Optional.of(new Report(a, a + 2, speakerLast, 0, Chunker.trimPunctuation(t, 0, setOff ? a - 1 : a), "words-then-according-to", 0.6));
    }

    /**
     * ", adding that the vote was fair": a participle after a comma carries on the statement of
     * the sentence's speaker (speakerFirst -1: the speaker is whoever spoke before in the sentence).
     */
    private Optional<Report> participleContinuing(List<Token> t, int v) {
        if (v < 1 || !PARTICIPLE_OPENERS.contains(t.get(v - 1).text().toLowerCase())
                || !t.get(v).text().toLowerCase().endsWith("ing")) {
            return Optional.empty();
        }
        int from = wordsStart(t, v);
        int to = Chunker.clauseEnd(t, from);
        return Optional.of(new Report(v, -1, -1, from, to, PARTICIPLE_RULE, 0.6));
    }

    /** "As the paper reported, the vote was close." */
    private static Optional<Report> asSpeakerSaid(List<Token> t, int v) {
        if (!t.get(0).text().equalsIgnoreCase("as") || v + 2 >= t.size() || !t.get(v + 1).text().equals(",")) {
            return Optional.empty();
        }
        int[] subject = Chunker.subjectOf(t, v);
        if (subject == null || subject[0] != 1) {
            return Optional.empty();
        }
        return Optional.of(new Report(v, subject[0], subject[1], v + 2, Chunker.clauseEnd(t, v + 2), "as-speaker-said", 0.6));
    }

    /** "For the northern towns, she said, the harbour plan would cost far more." */
    private static Optional<Report> speakerInsideWords(List<Token> t, int v) {
        int[] subject = Chunker.subjectOf(t, v);
        if (subject == null || subject[0] < 2 || !t.get(subject[0] - 1).text().equals(",")
                || v + 2 >= t.size() || !t.get(v + 1).text().equals(",")) {
            return Optional.empty();
        }
        int to = Chunker.clauseEnd(t, v + 2);
        if (to - (v + 2) < MIN_WORDS) {
            return Optional.empty();
        }
        return Optional.of(new Report(v, subject[0], subject[1], 0, to, "speaker-inside-words", 0.6,
                subject[0] - 1, v + 2));
    }

    /**
     * "Vale took full credit, and has promised that ...": a verb joined to the sentence's first
     * by a conjunction shares its subject (speakerFirst -1: the sentence's speaker).
     */
    private Optional<Report> coordinatedVerb(List<Token> t, int v, String kind) {
        int k = v - 1;
        while (k > 0 && ("AUX".equals(t.get(k).pos()) || "ADV".equals(t.get(k).pos()))) {
            k--;
        }
        if (k < 1 || !"CCONJ".equals(t.get(k).pos())) {
            return Optional.empty();
        }
        int from = wordsStart(t, v);
        int to = Chunker.clauseEnd(t, from);
        if (from >= to || !opensReportedWords(t, from, to, kind)) {
            return Optional.empty();
        }
        return Optional.of(new Report(v, -1, -1, from, to, "coordinated-verb", 0.5));
    }

    /** "The vote was fair, said Ann Vale, a senior fellow at the institute." */
    private static Optional<Report> wordsThenVerbThenSpeaker(List<Token> t, int v) {
        // ", told the paper" names the listener: the speaker stands before the words
        if (v < 2 || !t.get(v - 1).text().equals(",") || Vocabulary.verbForms(t.get(v)).stream().anyMatch(LISTENER_FIRST::contains)) {
            return Optional.empty();
        }
        int end = Chunker.nounPhraseEnd(t, v + 1);
        // "..., said Ann Vale." / "..., said Ann Vale, a fellow at ...", not ", said candidates are ..."
        if (end < 0 || !(closesSentence(t, end) || t.get(end).text().equals(","))) {
            return Optional.empty();
        }
        return Optional.of(new Report(v, v + 1, end - 1, 0, Chunker.trimPunctuation(t, 0, v - 1), "words-then-verb-then-speaker", 0.6));
    }

    /**
     * "Prosecutors said a stern sentence could deter others", "Mr Vale told reporters that ...",
     * "NAME, the group's deputy director, said that ...": the subject, then the reported words.
     */
    private Optional<Report> speakerThenVerbThenWords(List<Token> t, int v, String kind) {
        int[] subject = Chunker.subjectOf(t, v);
        boolean wordsFollow = v + 1 < t.size() && (!"PUNCT".equals(t.get(v + 1).pos()) || isOpeningQuoteMark(t.get(v + 1))
                || t.get(v + 1).text().equals(",") && Chunker.indexOf(t, "that", v + 2) > 0 && Chunker.indexOf(t, "that", v + 2) < v + 9);
        if (subject == null || !wordsFollow
                || isVerbFinal(t, v) && subject[0] > 0 && t.get(subject[0] - 1).text().equals(",")) {
            return Optional.empty();
        }
        if (subject[0] > 0 && t.get(subject[0] - 1).isClosingQuoteMark()) {
            return Optional.empty(); // ""...," Vale said in a speech": the verb is the quotation's
        }
        int from = wordsStart(t, v);
        int to = Chunker.clauseEnd(t, from);
        if (from >= t.size() || from >= to || !opensReportedWords(t, from, to, kind)) {
            return Optional.empty();
        }
        return Optional.of(new Report(v, subject[0], subject[1], from, to, "speaker-then-verb-then-words", 0.6));
    }

    /** "The port will flood every spring, harbour engineers said." / "..., Vale said on Tuesday." */
    private static Optional<Report> wordsThenSpeakerThenVerb(List<Token> t, int v) {
        int[] subject = Chunker.subjectOf(t, v);
        if (subject == null || subject[0] < 2 || !t.get(subject[0] - 1).text().equals(",") || !isVerbFinal(t, v)) {
            return Optional.empty();
        }
        return Optional.of(new Report(v, subject[0], subject[1], 0, Chunker.trimPunctuation(t, 0, subject[0] - 1),
                "words-then-speaker-then-verb", 0.6));
    }

    // --- filters ------------------------------------------------------------------------------

    /** Enough words, not someone else's claims, not a relative clause, not words already quoted whole. */
    private boolean keeps(ArticleContext ctx, Sentence s, Report r) {
        List<Token> t = s.tokens();
        if (r.to() - r.from() < MIN_WORDS || r.from() < 0 || r.to() > t.size()) {
            return false;
        }
        int start = t.get(r.from()).start();
        int end = t.get(r.to() - 1).end();
        // words that are a quotation are a direct quote, attributed by the quote rules; words that
        // open with one and go on (""It is unlikely" that she wins, said Vale") are one statement
        if (ctx.mask().inside(start) || "\"“”«".indexOf(t.get(r.from()).text().charAt(0)) >= 0) {
            QuoteSpan opening = quoteOpeningAt(ctx, t.get(r.from()).start());
            if (opening == null || end - opening.close() < MIN_WORDS_AFTER_QUOTE_CHARS
                    || !Chunker.hasVerb(t, s.tokenAt(opening.close() + 1), r.to())) {
                return false; // ""...," Ann Vale, a spokeswoman, said": the words after are an attribution
            }
        }
        if (r.quotingOnly() && !ctx.mask().overlaps(start, end)) {
            return false; // "criticised X for Y" reports only when Y quotes someone
        }
        if (r.speakerFirst() >= 0 && inRelativeClause(t, r.speakerFirst())) {
            return false;
        }
        // "denied opposition claims that ...", "dismissed reports that ..."
        for (int k = r.cue() + 1; k < Math.min(t.size(), Math.max(r.from(), r.cue() + 1) + 1); k++) {
            if (OTHERS_WORDS.contains(t.get(k).text().toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reported words say something: they hold a verb ("said the vote was fair"), or follow a
     * verb that takes a thing as its words ("called for a ban", "denied the charge"); they do
     * not open with the circumstances of saying ("said in a speech", "told reporters as he left").
     */
    private static boolean opensReportedWords(List<Token> t, int from, int to, String kind) {
        String pos = t.get(from).pos();
        boolean afterThat = from > 0 && t.get(from - 1).text().equalsIgnoreCase("that");
        boolean condition = CONDITIONS.contains(t.get(from).text().toLowerCase());
        if (!afterThat && !condition && ("ADP".equals(pos) || "SCONJ".equals(pos))) {
            return false;
        }
        if (kind.equals("proposition") && (t.get(from).text().equalsIgnoreCase("to")
                || !"PRON".equals(t.get(from).pos()) && !afterThat && !"DET".equals(t.get(from).pos()))) {
            return false; // "agreed to cooperate", "agreed a deal": a commitment or an act, not a statement
        }
        return !kind.equals("clause") && !kind.equals("proposition") || Chunker.hasVerb(t, from, to);
    }

    private static boolean isOpeningQuoteMark(Token t) {
        return t.text().equals("\"") || t.text().equals("“") || t.text().equals("«");
    }

    private static QuoteSpan quoteOpeningAt(ArticleContext ctx, int offset) {
        for (QuoteSpan q : ctx.quotes()) {
            if (q.open() == offset) {
                return q;
            }
        }
        return null;
    }

    /** "refused to say", "would not say", "declined to comment": nothing was said. */
    private static boolean negated(List<Token> t, int verb) {
        for (int k = Math.max(0, verb - 3); k < verb; k++) {
            if (NEGATIONS.contains(t.get(k).text().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** "The towns where the greens say ...": a speech verb inside a relative clause reports nothing. */
    private static boolean inRelativeClause(List<Token> t, int subjectStart) {
        int k = subjectStart - 1;
        return k >= 0 && RELATIVE_OPENERS.contains(t.get(k).text().toLowerCase());
    }

    // --- the speaker --------------------------------------------------------------------------

    /**
     * The speaker a phrase names: its head as {@link PhraseHead} reads it ("campaign manager Ann
     * Vale", "Sen. Ann Vale of Ohio", "the senator"), else the name it ends with, else the group
     * as written ("harbour engineers", "the heads of both firms"), typed organisation or other.
     */
    private Attribution speaker(ArticleContext ctx, Sentence s, Report r, SpeakerResolver resolver) {
        List<Token> t = s.tokens();
        List<Mention> mentions = ctx.mentionsIn(s.index());
        Optional<Mention> chosen = PhraseHead.of(mentions, t, r.speakerFirst(), r.speakerLast());
        // a role no one in the article holds ("the party's chief") gives way to the name it ends with
        Optional<Mention> lastNamed = mentions.stream()
                .filter(m -> m.firstToken() >= r.speakerFirst() && m.lastToken() == r.speakerLast()
                        && m.kind() != Mention.Kind.TREATY)
                .findFirst();
        if (chosen.isEmpty() && vocabulary.isStatementNoun(t.get(r.speakerLast()).text())) {
            Attribution issuer = issuerOf(ctx, s, r.speakerFirst(), resolver, r);
            if (issuer.found()) {
                return issuer;
            }
        }
        for (Optional<Mention> m : List.of(chosen, lastNamed)) {
            if (m.isPresent()) {
                Attribution a = resolver.resolve(m.get(), r.confidence(), r.rule());
                if (a.found()) {
                    return a;
                }
            }
        }
        if (chosen.isEmpty() && lastNamed.isEmpty() && r.speakerFirst() == 0 && !t.get(0).isProperNoun()) {
            // "Having announced that ..., Judge Berg went on": the opening participle's subject is the main clause's
            int opening = Chunker.openingAdverbialEnd(t); // found only for the few reports that could use it
            Attribution main = r.cue() < opening ? personSubject(ctx, s, opening, t.size(), resolver) : Attribution.NONE;
            if (main.found()) {
                return main;
            }
        }
        if (chosen.isEmpty() && lastNamed.isEmpty() && isObjectBeforeCue(t, r)) {
            Attribution person = openingPerson(ctx, s, r.speakerFirst(), resolver);
            Attribution subject = person.found() ? person : subjectOfSentence(ctx, s, r.speakerFirst(), resolver);
            if (subject.found()) {
                return subject;
            }
        }
        Attribution group = group(ctx, t, r);
        // "Tom Berg, who wants the job, tweeted on Friday to say ...": a phrase the chunker cut
        // short names no one, the person opening the sentence speaks
        return group.found() ? group : openingPerson(ctx, s, r.cue(), resolver);
    }

    /**
     * "Berg was heard on a microphone telling Vale ...", "Berg in a blog post said ...", "Berg
     * started a petition calling on ...": the phrase before the cue stands after a preposition, or
     * after a verb whose participle the cue is, so it is no subject; the clause's subject speaks.
     */
    private static boolean isObjectBeforeCue(List<Token> t, Report r) {
        if (r.speakerFirst() < 1 || t.get(r.speakerFirst()).isProperNoun()) {
            return false;
        }
        Token before = t.get(r.speakerFirst() - 1);
        boolean participle = t.get(r.cue()).text().toLowerCase().endsWith("ing");
        return "ADP".equals(before.pos()) || participle && before.isVerb();
    }

    /**
     * "The council issued a statement calling the plan a waste": a statement speaks for whoever
     * issued it, the subject of the verb before it.
     */
    private static Attribution issuerOf(ArticleContext ctx, Sentence s, int phraseStart, SpeakerResolver resolver, Report r) {
        List<Token> t = s.tokens();
        int verb = phraseStart - 1;
        if (verb < 1 || !"VERB".equals(t.get(verb).pos())) {
            return Attribution.NONE;
        }
        int[] subject = Chunker.subjectOf(t, verb);
        if (subject == null) {
            return Attribution.NONE;
        }
        return PhraseHead.of(ctx.mentionsIn(s.index()), t, subject[0], subject[1])
                .map(m -> resolver.resolve(m, r.confidence() * 0.9, r.rule() + "+issuer"))
                .orElse(Attribution.NONE);
    }

    /**
     * A group named by a plural or a name speaks as written ("officials", "the Conservatives"), and
     * so does someone described but not named ("a Labour backbencher"); a pronoun, or a singular
     * noun that points back to someone ("the bank", "the official"), names no one the rules could
     * not resolve.
     */
    private Attribution group(ArticleContext ctx, List<Token> t, Report r) {
        Token head = t.get(r.speakerLast());
        String h = head.text();
        boolean plural = "NOUN".equals(head.pos()) && h.length() > 3 && h.endsWith("s") && !h.endsWith("ss");
        boolean name = head.isProperNoun() || r.speakerFirst() == r.speakerLast() && head.isCapitalised()
                && !Chunker.isPersonalPronoun(head);
        boolean someone = INDEFINITES.contains(t.get(r.speakerFirst()).text().toLowerCase()) && r.speakerLast() > r.speakerFirst();
        if (!plural && !name && !someone || Chunker.isTimeWord(head)) {
            return Attribution.NONE;
        }
        if (someone) {
            // "a Labour backbencher", "one leading broker": someone the text describes and does not name
            return new Attribution(Vocabulary.phrase(t, r.speakerFirst(), r.speakerLast() - r.speakerFirst() + 1, false),
                    "", "other", null, r.confidence() * 0.7, r.rule() + "+described");
        }
        int first = r.speakerFirst();
        while (first < r.speakerLast() && LEADING_DETERMINERS.contains(t.get(first).text().toLowerCase())) {
            first++;
        }
        String written = Vocabulary.phrase(t, first, r.speakerLast() - first + 1, false);
        if (name) {
            // a surname the mention rules missed, of a person the article names elsewhere
            Optional<Person> known = ctx.people().find(written);
            if (known.isPresent()) {
                return Attribution.of(known.get(), r.confidence() * 0.9, r.rule() + "+known-name");
            }
        }
        boolean organization = vocabulary.organizationKind(written).isPresent();
        return new Attribution(written, "", organization ? "organization" : "other", null, r.confidence() * 0.7,
                r.rule() + "+group");
    }

    /**
     * The nearest who stands as a subject before the cue: "A group called for X, and the League
     * denounced Y and said ..." - the League said it.
     */
    private static Attribution subjectOfSentence(ArticleContext ctx, Sentence s, int cue, SpeakerResolver resolver) {
        Mention nearest = null;
        for (Mention m : ctx.mentionsIn(s.index())) {
            if (m.lastToken() < cue && m.subject() && m.kind() != Mention.Kind.TREATY && m.kind() != Mention.Kind.STATE
                    && !ctx.mask().inside(m.start())) {
                nearest = m;
            }
        }
        if (nearest == null) {
            return Attribution.NONE;
        }
        Attribution a = resolver.resolve(nearest, 0.5, "subject-of-sentence");
        return a.found() ? a : Attribution.NONE;
    }

    /** The speaker of the first attributed quotation in this sentence, for ", adding that ...". */
    private static Attribution speakerOfQuoteIn(Sentence s, List<QuoteFact> quoted) {
        for (QuoteFact q : quoted) {
            if (q.start() >= s.start() && q.start() < s.end() && !q.speaker().isEmpty()) {
                return new Attribution(q.speaker(), q.speakerTitle(), q.speakerType(), null,
                        Math.min(q.confidence(), 0.6), "participle-after-quote");
            }
        }
        return Attribution.NONE;
    }

    // --- token helpers ------------------------------------------------------------------------

    private static boolean isAccordingTo(List<Token> t, int i) {
        return i + 2 < t.size() && t.get(i).text().equalsIgnoreCase("according") && t.get(i + 1).text().equalsIgnoreCase("to");
    }

    /**
     * Nothing after the verb but the time, place or manner of saying ("said on Tuesday", "told
     * reporters", "said in a statement"): no verb and no "that" before the clause ends.
     */
    private static boolean isVerbFinal(List<Token> t, int v) {
        int end = Chunker.clauseEnd(t, v + 1);
        for (int k = v + 1; k < end; k++) {
            Token tok = t.get(k);
            if (tok.isVerb() || tok.text().equalsIgnoreCase("that") || tok.text().equals(":")) {
                return false;
            }
        }
        return end - v <= 8;
    }

    /**
     * Where the reported words start after verb v: past the listener of "told reporters", past
     * the particle of "called for", past the time or place of saying up to a "that", past the "that".
     */
    private int wordsStart(List<Token> t, int v) {
        int from = vocabulary.reportsWithParticle(t, v) ? v + 2 : v + 1;
        if (Vocabulary.verbForms(t.get(v)).stream().anyMatch(LISTENER_FIRST::contains)) {
            int end = Chunker.nounPhraseEnd(t, from);
            if (end > 0) {
                from = end;
            }
        }
        for (int k = from; k < Math.min(t.size(), from + 8); k++) {
            Token tok = t.get(k);
            if (tok.text().equalsIgnoreCase("that")) {
                return k + 1;
            }
            if (tok.isVerb()) {
                break;
            }
        }
        while (from < t.size() && (t.get(from).text().equals(",") || t.get(from).text().equals(":"))) {
            from++;
        }
        return from;
    }

    /** Punctuation ends the words here; a contraction the tagger calls punctuation ("he's") does not. */
    private static boolean closesSentence(List<Token> t, int k) {
        return k >= t.size() || "PUNCT".equals(t.get(k).pos()) && !CONTRACTION.matcher(t.get(k).text()).matches();
    }


    private static int lastWordBefore(List<Token> t, int end) {
        return Chunker.trimPunctuation(t, 0, end) - 1;
    }

}
