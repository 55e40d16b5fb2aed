package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.treatybriefing.nlp.AnalyzedText;
import org.treatybriefing.nlp.Chunker;
import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * Quotes and their speakers. Each quotation is attributed by the first rule that fits, in order
 * of reliability: a speech verb right after the quote ("...," Okafor said), "according to X",
 * a speech verb before it in the same sentence (He noted, "..."), an introducing sentence
 * ending in a colon, wording of the treaty itself, and a quote that follows another with nothing
 * between. Quoted names and scare quotes that nobody says are dropped.
 */
final class QuoteExtractor {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern ARTICLE_REF = Pattern.compile("\\bArticle\\s+\\d+");
    private static final Set<String> DOCUMENT_SUBJECTS = Set.of("parties", "provision", "provisions", "document",
            "documents", "text", "clause", "signatories");

    private final Vocabulary vocabulary;
    private final ReportedSpeechExtractor reportedSpeech;
    /** Fewer words than this, and a quotation nobody is said to speak is a term, not a statement. */
    private static final int MIN_WORDS_UNATTRIBUTED = 4;
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");

    QuoteExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.reportedSpeech = new ReportedSpeechExtractor(vocabulary);
    }

    /**
     * @param treatyName the article's treaty ("" when it names none), or null when the article
     *                   speaks of no treaty, and then no quote is the treaty's own wording
     */
    List<QuoteFact> extract(ArticleContext ctx, String treatyName) {
        // the speaker of the treaty's own wording: its name, "the agreement" when unnamed, none without a treaty
        String documentName = treatyName == null ? "" : treatyName.isEmpty() ? "the agreement" : treatyName;
        SpeakerResolver resolver = new SpeakerResolver(ctx.mentions(), ctx.people(), vocabulary, ctx.text().sentences());
        List<QuoteFact> quotes = new ArrayList<>();
        Attribution previous = Attribution.NONE;
        QuoteSpan previousSpan = null;
        boolean previousKept = false;
        for (QuoteSpan q : ctx.quotes()) {
            AnalyzedText.Paragraph paragraph = ctx.text().paragraphAt(q.open());
            if (paragraph == null || paragraph.boilerplate()) {
                continue;
            }
            String text = trimSentencePunctuation(q.text());
            if (text.isBlank() || !LETTER.matcher(text).find()) {
                continue;
            }
            Attribution who = attribute(ctx, q, resolver, documentName);
            if (!who.found() && previousSpan != null && previous.found() && follows(ctx, previousSpan, q, previous)) {
                who = inherited(previous, "follows-previous-quote");
            }
            if (!who.found() && previousSpan != null && previous.found() && opensNextSentence(ctx, previousSpan, q)) {
                who = inherited(previous, "quote-after-attributed-quote");
            }
            if (!who.found() && opensSentence(ctx, q)) {
                Sentence s = ctx.text().sentenceAt(q.open());
                who = resolver.subjectOfSentenceBefore(s.index())
                        .map(p -> Attribution.of(p, 0.5, "subject-of-previous-sentence"))
                        .orElse(who);
            }
            if (!who.found() && text.trim().split("\\s+").length >= MIN_WORDS_UNATTRIBUTED) {
                who = subjectOfQuoteSentence(ctx, q, resolver).orElse(who);
            }
            String kind = isDirect(ctx, q, text) ? "direct" : "partial";
            if (!isStatement(text, kind, who)) {
                if (who.found() && who.person() != null) {
                    // ""The risk," said Vale, "is that ..."": a fragment too short to list still hands its speaker on
                    previous = who;
                    previousSpan = q;
                    previousKept = false;
                }
                continue;
            }
            if (who.person() != null) {
                resolver.spoke(q.open(), who.person());
            }
            int start = q.textStart() + (q.continued() ? 0 : Math.max(0, q.text().indexOf(text)));
            int end = q.continued() ? q.textEnd() : start + text.length();
            boolean continuesStatement = "follows-previous-quote".equals(who.rule()) && previousKept
                    && !quotes.isEmpty() && ctx.text().paragraphAt(previousSpan.close()) == paragraph;
            if (continuesStatement) {
                // ""A," she said. "B."": one statement interrupted by its attribution
                quotes.set(quotes.size() - 1, joined(quotes.get(quotes.size() - 1), text, end));
            } else {
                quotes.add(new QuoteFact(who.name(), who.title(), who.type(), kind, text, start, end,
                        round(who.confidence()), who.rule(), who.role()));
            }
            previous = who;
            previousSpan = q;
            previousKept = true;
        }
        quotes.addAll(reportedSpeech.extract(ctx, resolver, quotes));
        quotes.sort(java.util.Comparator.comparingInt(QuoteFact::start));
        return quotes;
    }

    /** The previous quote's speaker for a quote that carries on from it, at most as sure. */
    private static Attribution inherited(Attribution previous, String rule) {
        return new Attribution(previous.name(), previous.title(), previous.type(), previous.person(),
                Math.min(previous.confidence(), 0.6), rule, previous.role());
    }

    /** The statement {@code first} carried on by more quoted words, ending at {@code end}. */
    private static QuoteFact joined(QuoteFact first, String more, int end) {
        return new QuoteFact(first.speaker(), first.speakerTitle(), first.speakerType(), first.kind(),
                first.text() + " " + more, first.start(), end, first.confidence(), first.rule(), first.role());
    }

    private Attribution attribute(ArticleContext ctx, QuoteSpan q, SpeakerResolver resolver, String treatyName) {
        Sentence closing = ctx.text().sentenceAt(q.close());
        Optional<Attribution> after = afterQuote(ctx, closing, q, resolver)
                .or(() -> afterQuoteEndingItsSentence(ctx, closing, q, resolver));
        if (after.isPresent()) {
            return after.get();
        }
        Sentence opening = ctx.text().sentenceAt(q.open());
        Optional<Attribution> according = accordingTo(ctx, opening, resolver);
        if (according.isPresent()) {
            return according.get();
        }
        Optional<Attribution> before = beforeQuote(ctx, opening, q, resolver, treatyName);
        if (before.isPresent()) {
            return before.get();
        }
        // "Vale says he is "tied for second," Berg said ...": a speaker standing further after the
        // quotation counts only when no speech verb before it names one
        return speakerFurtherAfterQuote(ctx, closing, q, resolver)
                .or(() -> verbThenSpeakerEndingTheSentence(ctx, closing, q, resolver))
                .or(() -> introducedWithColon(ctx, opening, q, resolver))
                .or(() -> nameThenColon(ctx, opening, q, resolver))
                .or(() -> headlineSpeakerBeforeColon(ctx, opening, q, resolver))
                .or(() -> colonAfterSpeakerClause(ctx, opening, q, resolver))
                .or(() -> creditedAfterDash(ctx, q))
                .orElse(Attribution.NONE);
    }

    /** "...," Okafor said / "...," said Okafor / "...," the Chilean president declared. */
    private Optional<Attribution> afterQuote(ArticleContext ctx, Sentence s, QuoteSpan q, SpeakerResolver resolver) {
        List<Token> t = s.tokens();
        int i = firstWordAfter(t, s.tokenAt(q.close() + 1));
        if (i >= t.size() || ctx.mask().inside(t.get(i).start())) {
            return Optional.empty();
        }
        // "...," Norland harbour chief Ann Vale said: the person the description ends with, not "Norland"
        Optional<Mention> m = personEndingNounPhrase(ctx, s, i).or(() -> mentionStartingAt(ctx, s, i));
        if (m.isPresent()) {
            int next = Chunker.afterBrackets(t, m.get().lastToken() + 1);
            if (vocabulary.speechVerbAfterApposition(t, next) || speechVerbAfterLongApposition(t, next)) {
                return found(resolver.resolve(m.get(), 0.95, "speaker-then-verb-after-quote"));
            }
            if (endsWithComma(q) && PhraseHead.isPersonLike(m.get()) && next < t.size() && t.get(next).isVerb()) {
                // ""...," Vale charged in her column": a comma closing the quotation hands over to its speaker
                return found(resolver.resolve(m.get(), 0.7, "speaker-then-other-verb-after-quote"));
            }
        }
        if (vocabulary.isSpeechVerb(t, i)) {
            Optional<Mention> subject = personEndingNounPhrase(ctx, s, i + 1).or(() -> mentionStartingAt(ctx, s, i + 1));
            if (subject.isPresent()) {
                return found(resolver.resolve(subject.get(), 0.95, "verb-then-speaker-after-quote"));
            }
            Optional<Person> named = nameEndingPhrase(ctx, t, i + 1);
            if (named.isPresent()) {
                return Optional.of(Attribution.of(named.get(), 0.85, "verb-then-name-after-quote"));
            }
            Optional<Mention> described = nameAfterDescription(ctx, s, i + 1);
            if (described.isPresent()) {
                return found(resolver.resolve(described.get(), 0.85, "verb-then-description-then-name-after-quote"));
            }
        }
        if (t.get(i).text().equalsIgnoreCase("according") && i + 2 < t.size()) {
            return mentionStartingAt(ctx, s, i + 2).flatMap(mm -> found(resolver.resolve(mm, 0.9, "according-to")));
        }
        return Optional.empty();
    }

    /** ""We will not give up,"": the quotation ends with a comma, its sentence goes on. */
    private static boolean endsWithComma(QuoteSpan q) {
        String text = q.text().strip();
        return !text.isEmpty() && text.charAt(text.length() - 1) == ',';
    }

    /** The first token from k on that is not punctuation, a quotation mark excepted. */
    private static int firstWordAfter(List<Token> t, int k) {
        while (k < t.size() && "PUNCT".equals(t.get(k).pos()) && !t.get(k).text().matches("[\"“”«»]")) {
            k++;
        }
        return k;
    }

    /** Tokens of a sentence that can be only an attribution: "Ann Vale said on Tuesday." */
    private static final int MAX_ATTRIBUTION_TOKENS = 6;

    /**
     * "Where is the money?" Vale asked. / "We won!" Vale said / "We won." Vale said.: a question or
     * exclamation (or a full stop, in careless copy) closes its sentence for the sentence detector,
     * so the attribution right after it stands in the next one; after a full stop only a sentence
     * too short to say anything else counts.
     */
    private Optional<Attribution> afterQuoteEndingItsSentence(ArticleContext ctx, Sentence closing, QuoteSpan q,
                                                              SpeakerResolver resolver) {
        List<Sentence> sentences = ctx.text().sentences();
        int nextIndex = closing.index() + 1;
        if (nextIndex >= sentences.size()) {
            return Optional.empty();
        }
        Sentence next = sentences.get(nextIndex);
        boolean questionOrExclamation = q.text().strip().matches("(?s).*[?!]");
        if (!questionOrExclamation && next.tokens().size() > MAX_ATTRIBUTION_TOKENS) {
            return Optional.empty();
        }
        boolean adjoining = next.paragraph() == closing.paragraph()
                && q.close() + 1 <= next.start()
                && ctx.text().text().substring(q.close() + 1, next.start()).isBlank();
        boolean quoteEndsSentence = closing.tokenAt(q.close() + 1) == closing.tokens().size();
        return adjoining && quoteEndsSentence ? afterQuote(ctx, next, q, resolver) : Optional.empty();
    }

    /** How far after a quotation its speaker may stand: "...," ORG's organising director NAME said. */
    private static final int MAX_WORDS_BEFORE_SPEAKER = 10;

    /**
     * "...," Harbour Club organising director Ann Vale told the paper / "...," Sen. Ann Vale (D-Ohio)
     * said: a person (or role) a few words after the quote, before any other clause, followed by
     * a speech verb, past a bracketed party or place.
     */
    private Optional<Attribution> speakerFurtherAfterQuote(ArticleContext ctx, Sentence s, QuoteSpan q, SpeakerResolver resolver) {
        List<Token> t = s.tokens();
        int i = firstWordAfter(t, s.tokenAt(q.close() + 1));
        if (i >= t.size() || ctx.mask().inside(t.get(i).start())) {
            return Optional.empty();
        }
        for (Mention m : ctx.mentionsIn(s.index())) {
            if (m.firstToken() < i || m.firstToken() > i + MAX_WORDS_BEFORE_SPEAKER) {
                continue;
            }
            if (ctx.mask().overlaps(t.get(i).start(), m.start()) || Chunker.hasVerb(t, i, m.firstToken())) {
                return Optional.empty();
            }
            boolean personLike = m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ROLE;
            if (personLike && vocabulary.speechVerbAfterApposition(t, Chunker.afterBrackets(t, m.lastToken() + 1))) {
                return found(resolver.resolve(m, 0.9, "speaker-further-after-quote"));
            }
        }
        return Optional.empty();
    }

    /** How long an apposition between a speaker and the verb may be: ", the guru who founded the site,". */
    private static final int MAX_APPOSITION_WORDS = 16;

    /**
     * ""...," Nate Lund, the polling guru who founded the site, wrote": an apposition holding a
     * clause of its own, then the comma that closes it and a speech verb.
     */
    private boolean speechVerbAfterLongApposition(List<Token> t, int comma) {
        if (comma >= t.size() || !t.get(comma).text().equals(",")) {
            return false;
        }
        for (int k = comma + 1; k < t.size() && k - comma <= MAX_APPOSITION_WORDS; k++) {
            if (t.get(k).isDoubleQuoteMark() || t.get(k).text().equals(".")) {
                return false;
            }
            if (t.get(k).text().equals(",")) {
                return k + 1 < t.size() && vocabulary.isSpeechVerb(t, k + 1);
            }
        }
        return false;
    }

    /**
     * ""We are happy" about the decision, said Ann Vale, the union's director." / "... but to
     * lead, says Evan Lund.": a few words after the quotation, the sentence ends with a speech
     * verb and the person who speaks.
     */
    private Optional<Attribution> verbThenSpeakerEndingTheSentence(ArticleContext ctx, Sentence s, QuoteSpan q,
                                                                   SpeakerResolver resolver) {
        List<Token> t = s.tokens();
        int i = firstWordAfter(t, s.tokenAt(q.close() + 1));
        for (int k = i; k < t.size() - 2 && k - i <= MAX_WORDS_BEFORE_SPEAKER; k++) {
            if (ctx.mask().inside(t.get(k).start())) {
                return Optional.empty();
            }
            if (!t.get(k).text().equals(",") || !vocabulary.isSpeechVerb(t, k + 1) || t.get(k + 1).text().endsWith("ing")) {
                continue;
            }
            int nameAt = k + 2;
            Optional<Mention> speaker = ctx.mentionsIn(s.index()).stream()
                    .filter(m -> m.firstToken() == nameAt && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ROLE))
                    .findFirst();
            if (speaker.isPresent() && endsTheSentence(t, speaker.get().lastToken() + 1)) {
                return found(resolver.resolve(speaker.get(), 0.8, "verb-then-speaker-ending-the-sentence"));
            }
        }
        return Optional.empty();
    }

    /** Nothing but punctuation, or an apposition set off by a comma, is left of the sentence from k. */
    private static boolean endsTheSentence(List<Token> t, int k) {
        return k >= t.size() || "PUNCT".equals(t.get(k).pos()) && (k + 1 >= t.size() || t.get(k).text().equals(","));
    }

    /**
     * "...," said flood widow Ann Vale: the noun phrase after the verb ends in a name of two words
     * or more that no title or context introduced; the name is the speaker's.
     */
    private Optional<Person> nameEndingPhrase(ArticleContext ctx, List<Token> t, int first) {
        // the words up to the clause's end, none a verb (the tagger may call a modifier an adverb)
        int end = first;
        boolean affiliated = false;
        while (end < t.size() && end - first < MAX_WORDS_BEFORE_SPEAKER && !"PUNCT".equals(t.get(end).pos())
                && !t.get(end).isVerb()) {
            int afterAffiliation = Vocabulary.afterAffiliation(t, end);
            if (end > first && afterAffiliation > end && t.get(end - 1).isProperNoun()
                    && (afterAffiliation == t.size() || "PUNCT".equals(t.get(afterAffiliation).pos()))) {
                affiliated = true; // "said Ann Vale of the Harbour Club": the name ends before its affiliation
                break;
            }
            end++;
        }
        boolean clauseEnds = affiliated || end == t.size() || "PUNCT".equals(t.get(end).pos());
        if (end == first || !clauseEnds || !t.get(end - 1).isProperNoun()) {
            return Optional.empty();
        }
        int start = end - 1;
        // a capitalised word the tagger missed still opens the name: "said Whit Ayres" with "Whit" a conjunction
        while (start > first && (t.get(start - 1).isProperNoun() || t.get(start - 1).isCapitalised())) {
            start--;
        }
        String name = Vocabulary.phrase(t, start, end - start, false);
        if (end - start < 2 || ctx.mask().inside(t.get(start).start()) || vocabulary.organizationKind(name).isPresent()) {
            return Optional.empty(); // "said Fox News": an organisation, which the mention rules read
        }
        return Optional.of(ctx.people().named(name));
    }

    /**
     * ""...," said his best friend at college, Tom Lund, who ...": a description no rule reads
     * as a person, then the person's name set off by a comma.
     */
    private static Optional<Mention> nameAfterDescription(ArticleContext ctx, Sentence s, int first) {
        List<Token> t = s.tokens();
        for (int k = first; k < t.size() && k - first <= MAX_WORDS_BEFORE_SPEAKER; k++) {
            Token token = t.get(k);
            if (token.text().equals(",") && k > first) {
                int nameAt = k + 1;
                return ctx.mentionsIn(s.index()).stream()
                        .filter(m -> m.firstToken() == nameAt && m.kind() == Mention.Kind.PERSON).findFirst();
            }
            if (token.isVerb() || "PUNCT".equals(token.pos())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** How many words may describe a person before their name: "Norland nutritional-supplement executive NAME". */
    private static final int MAX_MODIFIERS_BEFORE_NAME = 6;
    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "ADV", "NOUN", "PROPN", "NUM");

    /**
     * "...," former independent MP Ann Vale insisted / "...," said Norland harbour-supply executive
     * Ann Vale: a person (or role) whose name ends a noun phrase of modifiers that starts at the
     * token.
     */
    private static Optional<Mention> personEndingNounPhrase(ArticleContext ctx, Sentence s, int from) {
        List<Token> t = s.tokens();
        for (Mention m : ctx.mentionsIn(s.index())) {
            int first = m.firstToken();
            if (first <= from || first - from > MAX_MODIFIERS_BEFORE_NAME || !PhraseHead.isPersonLike(m)
                    || m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            boolean modifiers = true;
            for (int k = from; k < first && modifiers; k++) {
                modifiers = isModifier(t, k) || k == from && "DET".equals(t.get(k).pos());
            }
            if (modifiers) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static boolean isModifier(List<Token> t, int k) {
        Token tok = t.get(k);
        // a capitalised word is part of the description whatever its tag ("CWA President NAME")
        return MODIFIER_TAGS.contains(tok.pos()) || tok.isCapitalised() || tok.isPossessiveMark()
                || tok.text().endsWith("-") || tok.text().equalsIgnoreCase("former");
    }

    /** "according to X" anywhere outside quotation marks in the quote's sentence. */
    private Optional<Attribution> accordingTo(ArticleContext ctx, Sentence s, SpeakerResolver resolver) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.get(i).text().equalsIgnoreCase("according") && t.get(i + 1).text().equalsIgnoreCase("to")
                    && !ctx.mask().inside(t.get(i).start())) {
                Optional<Mention> m = mentionStartingAt(ctx, s, i + 2);
                if (m.isPresent() && m.get().kind() != Mention.Kind.TREATY) {
                    return found(resolver.resolve(m.get(), 0.85, "according-to"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A speech verb before the quote in its sentence, and its subject: the last mention before
     * the verb that stands as a subject (not after a preposition or verb). A treaty, an article
     * or "the parties" as the subject makes the quote the treaty's own wording.
     */
    private Optional<Attribution> beforeQuote(ArticleContext ctx, Sentence s, QuoteSpan q, SpeakerResolver resolver,
                                              String treatyName) {
        List<Token> t = s.tokens();
        int quoteToken = s.tokenAt(q.open());
        boolean documentSubject = documentSubjectBefore(ctx, s, quoteToken);
        // the first speech verb whose subject the sentence names: in "X said Y had a "..." adding: "..."",
        // X speaks both quotes, not Y
        // "After Berg said ..., Vale said: "..."": a speech verb in the opening clause is not the quote's
        int openingClauseEnd = Chunker.openingAdverbialEnd(t);
        openingClauseEnd = openingClauseEnd < quoteToken ? openingClauseEnd : 0;
        for (int verb = openingClauseEnd; verb < quoteToken; verb++) {
            if (ctx.mask().inside(t.get(verb).start()) || !vocabulary.isSpeechVerb(t, verb)) {
                continue;
            }
            Optional<Mention> subject = isTrailingParticiple(t, verb)
                    ? mainClauseSubject(ctx, s, openingClauseEnd, verb)
                    : verb == 0 ? invertedSubject(ctx, s) : Optional.empty();
            if (subject.isEmpty()) {
                subject = subjectOf(ctx, s, verb);
            }
            if (subject.isEmpty()) {
                continue;
            }
            Mention chosen = subject.get();
            // a person or organisation who says it wins over the treaty words it says it about
            if (chosen.kind() == Mention.Kind.TREATY || documentSubject && chosen.kind() == Mention.Kind.STATE) {
                return document(treatyName);
            }
            Optional<Attribution> who = found(resolver.resolve(chosen, chosen.subject() ? 0.85 : 0.6, "speech-verb-before-quote"));
            if (who.isPresent()) {
                return who;
            }
        }
        return documentSubject ? document(treatyName) : Optional.empty();
    }

    /** "Said Ann Vale, "..."" / "Stated Vale: "..."": a sentence that opens with its speech verb names the speaker next. */
    private Optional<Mention> invertedSubject(ArticleContext ctx, Sentence s) {
        return mentionStartingAt(ctx, s, 1).or(() -> personEndingNounPhrase(ctx, s, 1))
                .filter(QuoteExtractor::canSpeak);
    }

    /** ", saying "..."", ", adding: "..."": a participle that carries on what the sentence's subject does. */
    private static boolean isTrailingParticiple(List<Token> t, int verb) {
        return verb > 0 && t.get(verb).text().endsWith("ing") && t.get(verb - 1).text().equals(",");
    }

    /**
     * "Vale went on offense against Berg on Monday, saying "..."": the person who opens the main
     * clause speaks, not the last name before the participle.
     */
    private static Optional<Mention> mainClauseSubject(ArticleContext ctx, Sentence s, int clauseStart, int verb) {
        return ctx.firstPersonSubject(s.index(), clauseStart, verb);
    }

    /**
     * The subject of the verb at token v: the last mention before it that stands as a subject,
     * a person (or pronoun, or role) rather than an organisation or place named beside them
     * ("London teacher NAME said", "NAME - who chairs the committee on X - said").
     */
    private static Optional<Mention> subjectOf(ArticleContext ctx, Sentence s, int v) {
        Optional<Mention> grammatical = mentionInSubject(ctx, s, v);
        if (grammatical.isPresent()) {
            return grammatical;
        }
        Mention person = null;
        Mention other = null;
        Mention any = null;
        for (Mention m : ctx.mentionsIn(s.index())) {
            if (m.lastToken() >= v || ctx.mask().inside(m.start())) {
                continue;
            }
            any = m;
            if (!m.subject()) {
                continue;
            }
            boolean personLike = m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN
                    || m.kind() == Mention.Kind.ROLE;
            if (personLike) {
                person = m;
            } else {
                other = m;
            }
        }
        if (person != null) {
            return Optional.of(person);
        }
        return Optional.ofNullable(other != null ? other : any);
    }

    /**
     * The person (else organisation) named in the verb's subject as the shallow syntax reads it:
     * "NAME, a friend of Ms Other who was her chief of staff, said" - NAME, not Ms Other.
     */
    private static Optional<Mention> mentionInSubject(ArticleContext ctx, Sentence s, int v) {
        int[] subject = Chunker.subjectOf(s.tokens(), v);
        if (subject == null) {
            return Optional.empty();
        }
        List<Mention> outsideQuotes = ctx.mentionsIn(s.index()).stream().filter(m -> !ctx.mask().inside(m.start())).toList();
        return PhraseHead.of(outsideQuotes, s.tokens(), subject[0], subject[1]);
    }

    private boolean documentSubjectBefore(ArticleContext ctx, Sentence s, int quoteToken) {
        List<Token> t = s.tokens();
        for (int i = 0; i < quoteToken; i++) {
            Token tok = t.get(i);
            if (ctx.mask().inside(tok.start())) {
                continue;
            }
            String w = tok.text().toLowerCase();
            if (vocabulary.isTreatyTerm(w) && "NOUN".equals(tok.pos()) || DOCUMENT_SUBJECTS.contains(w)) {
                // "at the outset of the party's convention, offering "..."": a document in a
                // prepositional phrase is where or when, not who speaks
                int phrase = Chunker.nounPhraseStart(t, i);
                if (phrase > 0 && ("ADP".equals(t.get(phrase - 1).pos()) || "SCONJ".equals(t.get(phrase - 1).pos()))) {
                    continue;
                }
                return !hasPersonSubjectBefore(ctx, s, i);
            }
        }
        return ARTICLE_REF.matcher(s.text()).find();
    }

    private static boolean hasPersonSubjectBefore(ArticleContext ctx, Sentence s, int token) {
        for (Mention m : ctx.mentionsIn(s.index())) {
            if (m.lastToken() < token && m.subject() && (m.kind() == Mention.Kind.PERSON
                    || m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.ROLE)) {
                return true;
            }
        }
        return false;
    }

    /** A dash, then a capitalised word and {@code more} capitalised words after it: the name credited. */
    private static String dashThenName(String more) {
        return "^[\\s\u00a0]*[\u2015\u2014\u2013-][\\s\u00a0]*(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*)" + more + ")";
    }

    /** "― Ann Vale" after a quotation, ending its line or paragraph: the way a reader's comment is credited. */
    private static final Pattern DASH_CREDIT = Pattern.compile(dashThenName("{1,3}") + "[\\s\u00a0]*$");
    /** A paragraph that only credits the quotation before it: "- Ann Vale, tweeting after the vote." */
    private static final Pattern DASH_CREDIT_PARAGRAPH = Pattern.compile(
            dashThenName("{0,3}") + "(?:,[^\\n]{0,80})?\\.?[\\s\u00a0]*$");

    /**
     * ""We can do better." ― Ann Vale": a name credited after a dash, alone at the end of its
     * paragraph or line (a list of readers' quotes runs one per line); or, when the quotation ends
     * its paragraph, a paragraph of its own that credits it ("- Sen. Ann Vale, on the harbour.").
     */
    private static Optional<Attribution> creditedAfterDash(ArticleContext ctx, QuoteSpan q) {
        AnalyzedText.Paragraph paragraph = ctx.text().paragraphAt(q.close());
        if (paragraph == null) {
            return Optional.empty();
        }
        String text = ctx.text().text();
        int lineEnd = text.indexOf('\n', q.close() + 1);
        int end = lineEnd < 0 ? paragraph.end() : Math.min(lineEnd, paragraph.end());
        String rest = q.close() + 1 < end ? text.substring(q.close() + 1, end) : "";
        Matcher m = DASH_CREDIT.matcher(rest);
        if (m.matches()) {
            return credited(ctx, m.group(1));
        }
        int next = paragraph.index() + 1;
        if (!rest.isBlank() || end < paragraph.end() || next >= ctx.text().paragraphs().size()) {
            return Optional.empty();
        }
        AnalyzedText.Paragraph credit = ctx.text().paragraphs().get(next);
        Matcher own = DASH_CREDIT_PARAGRAPH.matcher(text.substring(credit.start(), credit.end()));
        if (!own.matches()) {
            return Optional.empty();
        }
        // "-President Tom Berg, ...": the person the mention rules read there, title apart
        int nameStart = credit.start() + own.start(1);
        int nameEnd = credit.start() + own.end(1);
        for (Mention mention : ctx.mentions()) {
            if (mention.kind() == Mention.Kind.PERSON && mention.start() >= nameStart && mention.end() <= nameEnd) {
                return Optional.of(Attribution.of(mention.person(), 0.8, "credited-after-dash"));
            }
        }
        return credited(ctx, own.group(1));
    }

    private static Optional<Attribution> credited(ArticleContext ctx, String written) {
        String name = written.replaceFirst("(\\p{L}{2,})\\.$", "$1"); // "― Ann Vale." ends a sentence, not an initial
        return Optional.of(Attribution.of(ctx.people().named(name), 0.8, "credited-after-dash"));
    }

    /**
     * "Rep. Ann Vale (D-Ohio): "I have not heard that figure."": a name opening the sentence (or
     * following a dash: "Pollsters agree - Ann Vale: "...""), then a colon and the quotation.
     */
    private Optional<Attribution> nameThenColon(ArticleContext ctx, Sentence s, QuoteSpan q, SpeakerResolver resolver) {
        List<Token> t = s.tokens();
        int quoteToken = s.tokenAt(q.open());
        if (quoteToken < 2 || !t.get(quoteToken - 1).text().equals(":")) {
            return Optional.empty();
        }
        int last = Chunker.beforeBrackets(t, quoteToken - 2);
        int first = last < 0 ? -1 : Chunker.nounPhraseStart(t, last);
        // the name opens the sentence, or a line of a round-up after a dash: "Polls agree - Ann Vale: "...""
        if (first < 0 || first > 0 && !DASHES.contains(t.get(first - 1).text())) {
            return Optional.empty();
        }
        for (Mention m : ctx.mentionsIn(s.index())) {
            if (m.lastToken() == last && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ROLE
                    || m.kind() == Mention.Kind.ORGANIZATION)) {
                return found(resolver.resolve(m, 0.8, "name-then-colon"));
            }
        }
        String name = Vocabulary.phrase(t, first, last - first + 1, false);
        return t.get(last).isProperNoun() ? ctx.people().find(name).map(p -> Attribution.of(p, 0.7, "name-then-colon"))
                : Optional.empty();
    }

    /**
     * "Senator Ann Vale on the Harbour Vote: 'We Will Not Give Up.'": a headline that opens with
     * a name, then a colon before the quotation, credits the quotation to that name.
     */
    private Optional<Attribution> headlineSpeakerBeforeColon(ArticleContext ctx, Sentence s, QuoteSpan q,
                                                             SpeakerResolver resolver) {
        if (s.paragraph() != 0 || s.index() != 0) {
            return Optional.empty();
        }
        int quoteToken = s.tokenAt(q.open());
        List<Token> t = s.tokens();
        int colon = Chunker.indexOf(t, ":", 1);
        if (colon < 0 || colon >= quoteToken) {
            return Optional.empty();
        }
        List<Mention> opening = ctx.mentionsIn(s.index()).stream()
                .filter(m -> m.firstToken() <= 2 && m.lastToken() < colon && m.kind() != Mention.Kind.PRONOUN).toList();
        if (!opening.isEmpty()) {
            return PhraseHead.of(opening, t, 0, opening.get(0).lastToken())
                    .flatMap(m -> found(resolver.resolve(m, 0.7, "headline-speaker-before-colon")));
        }
        // "Hacker Vale: ...": a short headline phrase ending in a name no rule introduced
        if (colon > 4 || !t.get(colon - 1).isProperNoun()) {
            return Optional.empty();
        }
        int start = colon - 1;
        while (start > 0 && t.get(start - 1).isProperNoun()) {
            start--;
        }
        String name = Vocabulary.phrase(t, start, colon - start, false);
        if (vocabulary.organizationKind(name).isPresent() || vocabulary.stateNamed(name).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Attribution.of(ctx.people().named(name), 0.6, "headline-speaker-before-colon"));
    }

    /**
     * "The surge does not surprise pollster Ann Vale: "Newcomers gain most."": a quotation after
     * a colon, with no speech verb, is the words of the person named right before the colon, or
     * else of the clause's subject ("The Harbour Post reveals a few facts: "..."").
     */
    private Optional<Attribution> colonAfterSpeakerClause(ArticleContext ctx, Sentence s, QuoteSpan q,
                                                          SpeakerResolver resolver) {
        List<Token> t = s.tokens();
        int quoteToken = s.tokenAt(q.open());
        if (quoteToken < 2 || !t.get(quoteToken - 1).text().equals(":")) {
            return Optional.empty();
        }
        int last = Chunker.beforeBrackets(t, quoteToken - 2);
        List<Mention> before = ctx.mentionsIn(s.index()).stream()
                .filter(m -> m.lastToken() < quoteToken && !ctx.mask().inside(m.start()) && canSpeak(m)).toList();
        Optional<Mention> named = before.stream().filter(m -> m.lastToken() == last).findFirst();
        if (named.isPresent()) {
            return found(resolver.resolve(named.get(), 0.6, "named-before-colon"));
        }
        return before.stream().filter(Mention::subject).findFirst()
                .flatMap(m -> found(resolver.resolve(m, 0.5, "subject-before-colon")));
    }

    private static boolean canSpeak(Mention m) {
        return PhraseHead.isPersonLike(m) || m.kind() == Mention.Kind.ORGANIZATION;
    }

    /** A paragraph that is one quotation, after a sentence ending "..., he said:". */
    private Optional<Attribution> introducedWithColon(ArticleContext ctx, Sentence opening, QuoteSpan q, SpeakerResolver resolver) {
        if (opening.index() == 0 || opening.tokenAt(q.open()) > 0) {
            return Optional.empty();
        }
        Sentence previous = ctx.text().sentences().get(opening.index() - 1);
        if (!previous.text().strip().endsWith(":")) {
            return Optional.empty();
        }
        List<Token> t = previous.tokens();
        if (vocabulary.opensWithSpeechVerb(t)) {
            Optional<Attribution> inverted = invertedSubject(ctx, previous)
                    .flatMap(m -> found(resolver.resolve(m, 0.75, "introduced-with-colon")));
            if (inverted.isPresent()) {
                return inverted; // "Stated Ann Vale:"
            }
        }
        for (int i = t.size() - 1; i >= 0; i--) {
            if (vocabulary.isSpeechVerb(t, i)) {
                for (Mention m : ctx.mentionsIn(previous.index())) {
                    if (m.lastToken() < i && m.subject()) {
                        return found(resolver.resolve(m, 0.75, "introduced-with-colon"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The quote carries on the previous one: nothing but punctuation between them, or only the
     * previous quote's own attribution in the same paragraph ("A," Mr X said. "B."), or it opens
     * the next paragraph right after it.
     */
    private static boolean follows(ArticleContext ctx, QuoteSpan previous, QuoteSpan q, Attribution previousSpeaker) {
        String gap = ctx.text().text().substring(previous.close() + 1, q.open());
        if (!LETTER.matcher(gap).find()) {
            return true;
        }
        AnalyzedText.Paragraph prevParagraph = ctx.text().paragraphAt(previous.close());
        AnalyzedText.Paragraph paragraph = ctx.text().paragraphAt(q.open());
        if (paragraph.index() == prevParagraph.index() && gap.length() <= 120 && !namesSomeoneElse(ctx, previous.close(), q.open(), previousSpeaker)) {
            return true;
        }
        if (paragraph.index() == prevParagraph.index() && interruptedByItsAttribution(ctx, previous, q, previousSpeaker)) {
            return true;
        }
        // a paragraph that is only a quote, after a quote paragraph that ended with its attribution
        return paragraph.index() == prevParagraph.index() + 1 && q.open() == paragraph.start()
                && gap.strip().length() < 80 && !namesSomeoneElse(ctx, previous.close(), q.open(), previousSpeaker);
    }

    /**
     * ""A," said NAME, a backer of X who ... "B."": the quote opens the next sentence of the
     * paragraph, and the sentence before holds nothing but the previous quote and its
     * attribution; the names in the speaker's description are no new speakers.
     */
    private static boolean opensNextSentence(ArticleContext ctx, QuoteSpan previous, QuoteSpan q) {
        Sentence previousSentence = ctx.text().sentenceAt(previous.close());
        Sentence sentence = ctx.text().sentenceAt(q.open());
        return ctx.text().paragraphAt(previous.close()) == ctx.text().paragraphAt(q.open())
                && sentence.index() == previousSentence.index() + 1 && opensSentence(ctx, q)
                && previous.open() >= previousSentence.start()
                && ctx.text().text().substring(previousSentence.start(), previous.open()).isBlank();
    }

    /**
     * A person or organisation other than the speaker stands between the two quotes (a role or
     * pronoun there is usually the speaker's own attribution: "A," the minister said. "B.").
     */
    private static boolean namesSomeoneElse(ArticleContext ctx, int from, int to, Attribution speaker) {
        for (Mention m : ctx.mentions()) {
            if (m.start() <= from || m.start() >= to) {
                continue;
            }
            boolean other = switch (m.kind()) {
                case PERSON -> m.person() != speaker.person();
                case ORGANIZATION -> !m.entity().equals(speaker.name()) && !("The " + speaker.name()).equals(m.entity());
                default -> false;
            };
            if (other) {
                return true;
            }
        }
        return false;
    }

    /**
     * ""The risk," said Ann Vale, the director of the Harbour Forecast, "is that ..."": one
     * sentence, its quotation broken by the attribution that names its speaker, which ends with
     * the comma before the second part; the names in the speaker's description speak for no one.
     */
    private static boolean interruptedByItsAttribution(ArticleContext ctx, QuoteSpan previous, QuoteSpan q,
                                                       Attribution previousSpeaker) {
        String gap = ctx.text().text().substring(previous.close() + 1, q.open()).strip();
        boolean oneSentence = ctx.text().sentenceAt(previous.close()) == ctx.text().sentenceAt(q.open());
        return oneSentence && gap.endsWith(",") && previousSpeaker.rule().endsWith("-after-quote")
                && Character.isLowerCase(q.text().strip().charAt(0));
    }

    /** The quote stands at the start of its sentence. */
    private static boolean opensSentence(ArticleContext ctx, QuoteSpan q) {
        Sentence s = ctx.text().sentenceAt(q.open());
        return s.tokenAt(q.open()) == 0 || ctx.text().text().substring(s.start(), q.open()).isBlank();
    }

    private Optional<Mention> mentionStartingAt(ArticleContext ctx, Sentence s, int token) {
        for (Mention m : ctx.mentionsIn(s.index())) {
            if (m.firstToken() == token || (m.firstToken() == token + 1
                    && s.tokens().get(token).text().equalsIgnoreCase("the"))
                    || (m.kind() == Mention.Kind.ROLE && m.firstToken() == token)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The treaty's own wording: none in an article that speaks of no treaty. */
    private static Optional<Attribution> document(String treatyName) {
        return treatyName.isEmpty() ? Optional.empty()
                : Optional.of(new Attribution(treatyName, "", "document", null, 0.7, "treaty-wording"));
    }

    /**
     * "Japan branded the regime an "outlaw nation."", "She went on: "It makes no sense."": a
     * quotation in a clause whose subject opens the sentence is that subject's, whatever the verb.
     * The last resort, for quotations long enough to be kept unattributed anyway.
     */
    private static Optional<Attribution> subjectOfQuoteSentence(ArticleContext ctx, QuoteSpan q, SpeakerResolver resolver) {
        Sentence s = ctx.text().sentenceAt(q.open());
        List<Token> t = s.tokens();
        int quoteToken = s.tokenAt(q.open());
        for (int v = 1; v < quoteToken; v++) {
            if (ctx.mask().inside(t.get(v).start())) {
                return Optional.empty(); // an earlier quotation in the sentence: whose is this one?
            }
            if (!"VERB".equals(t.get(v).pos())) {
                continue;
            }
            int[] subject = Chunker.subjectOf(t, v);
            if (subject == null) {
                return Optional.empty();
            }
            List<Mention> outsideQuotes = ctx.mentionsIn(s.index()).stream().filter(m -> !ctx.mask().inside(m.start())).toList();
            return PhraseHead.of(outsideQuotes, t, subject[0], subject[1])
                    .flatMap(m -> found(resolver.resolve(m, 0.5, "subject-of-quote-sentence")));
        }
        return Optional.empty();
    }

    private static Optional<Attribution> found(Attribution a) {
        return a.found() ? Optional.of(a) : Optional.empty();
    }

    /**
     * Direct: a whole statement: it starts with a capital letter and stands at the start of its
     * sentence, after a colon or comma, or right after a speech verb. Otherwise partial.
     */
    private boolean isDirect(ArticleContext ctx, QuoteSpan q, String text) {
        int firstLetter = 0;
        while (firstLetter < text.length() && !Character.isLetterOrDigit(text.charAt(firstLetter))) {
            firstLetter++;
        }
        if (firstLetter >= text.length() || !Character.isUpperCase(text.charAt(firstLetter))) {
            return false;
        }
        String before = ctx.text().text().substring(Math.max(0, q.open() - 40), q.open()).stripTrailing();
        if (before.isEmpty() || before.endsWith("\n") || before.endsWith(":") || before.endsWith(",")
                || before.endsWith(".") || before.endsWith("\"") || before.endsWith("”")) {
            return true;
        }
        Sentence s = ctx.text().sentenceAt(q.open());
        int k = s.tokenAt(q.open()) - 1;
        return k < 0 || vocabulary.isSpeechVerb(s.tokens().get(k)) || s.tokens().get(k).text().equalsIgnoreCase("that");
    }

    /**
     * Keeps what someone says; drops quoted names, titles and scare quotes: a short fragment with
     * no speaker, a fragment in title case ("Grand Bargain Plan"), a quoted treaty name.
     */
    private boolean isStatement(String text, String kind, Attribution who) {
        String[] words = text.trim().split("\\s+");
        if (!who.found() && isTitleCase(words) && words.length <= 6) {
            return false; // "its self-styled "Axis of Harbours"": a name in quotation marks, no one's words
        }
        if ("direct".equals(kind) && words.length >= 3) {
            return true;
        }
        if (vocabulary.isTreatyTerm(words[words.length - 1].replaceAll("\\W", ""))) {
            return false;
        }
        if (isTitleCase(words) && words.length <= 6) {
            return false;
        }
        if (!who.found()) {
            return words.length >= MIN_WORDS_UNATTRIBUTED;
        }
        return words.length >= 2 || who.confidence() >= 0.85;
    }

    private static boolean isTitleCase(String[] words) {
        int capitalised = 0;
        int content = 0;
        for (String w : words) {
            if (w.length() > 3 || Character.isUpperCase(w.charAt(0))) {
                content++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return content > 0 && capitalised == content;
    }

    /** Quote text without the sentence's own trailing comma or full stop (SCHEMA.md). */
    static String trimSentencePunctuation(String text) {
        String t = text.strip();
        while (!t.isEmpty() && (t.endsWith(",") || t.endsWith(".") && !t.endsWith("..."))) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t;
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
