package org.treatybriefing.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.treatybriefing.lexicon.Lexicons;
import org.treatybriefing.nlp.AnalyzedText;
import org.treatybriefing.nlp.LanguageModels;
import org.treatybriefing.nlp.TextAnalyzer;

/**
 * Article text in, {@link Extraction} out: a pure function of the text and the lexicons.
 * Thread-safe: holds only read-only lexicons and the shared OpenNLP models.
 */
public final class ArticleExtractor {

    /** Bump when extraction changes, so stored extractions of older versions are not reused. */
    public static final int VERSION = 5;

    private final TextAnalyzer analyzer;
    private final MentionFinder mentionFinder;
    private final QuoteExtractor quotes;
    private final PartyExtractor parties;
    private final TreatyExtractor treaty;
    private final SectionExtractor sections;
    private final CommitmentExtractor commitments;
    private final Lexicons lexicons;

    public ArticleExtractor(Lexicons lexicons, LanguageModels models) {
        this.lexicons = lexicons;
        Vocabulary vocabulary = new Vocabulary(lexicons);
        this.analyzer = new TextAnalyzer(models, lexicons.abbreviations());
        this.mentionFinder = new MentionFinder(vocabulary);
        this.quotes = new QuoteExtractor(vocabulary);
        this.parties = new PartyExtractor(vocabulary);
        this.treaty = new TreatyExtractor(vocabulary);
        this.sections = new SectionExtractor(vocabulary);
        this.commitments = new CommitmentExtractor(vocabulary);
    }

    public Extraction extract(String original) {
        String articleText = NewswireQuotes.normalize(original); // same length: offsets hold
        AnalyzedText text = analyzer.analyze(articleText);
        List<QuoteSpan> spans = QuoteMarkScanner.scan(articleText);
        QuoteMask mask = new QuoteMask(spans);
        People people = new People(lexicons::genderOfFirstName);
        List<Mention> mentions = mentionFinder.find(text, mask, people);
        ArticleContext ctx = ArticleContext.of(text, spans, mask, mentions, people);

        TreatyFact treatyFact = treaty.extract(ctx);
        List<QuoteFact> quoteFacts = quotes.extract(ctx, treaty.speaksOfATreaty(ctx) ? treatyFact.name() : null);
        List<SpeakerFact> speakers = people.all().stream()
                .filter(p -> quoteFacts.stream().anyMatch(q -> q.speaker().equals(p.name())))
                .map(Person::toFact)
                .sorted(Comparator.comparing(SpeakerFact::name))
                .toList();
        List<AnalystFact> analysts = people.all().stream()
                .filter(p -> "analyst".equals(p.type()))
                .map(p -> new AnalystFact(p.name(), p.title(), p.organization()))
                .sorted(Comparator.comparing(AnalystFact::name))
                .toList();
        List<PartyFact> partyFacts = parties.extract(ctx);
        Set<String> signatories = partyFacts.stream().filter(p -> "signatory".equals(p.role())).map(PartyFact::name)
                .collect(java.util.stream.Collectors.toSet());
        return new Extraction(treatyFact, partyFacts, sections.extract(ctx, treatyFact.kind(), signatories),
                commitments.extract(ctx, signatories), quoteFacts, speakers, analysts);
    }
}
