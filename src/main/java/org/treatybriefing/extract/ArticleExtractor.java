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
    public static final int VERSION = 6;

    private final TextAnalyzer analyzer;
    private final MentionFinder mentionFinder;
    private final QuoteExtractor quotes;
    private final PartyExtractor parties;
    private final TreatyExtractor treaty;
    private final SectionExtractor sections;
    private final CommitmentExtractor commitments;
    private final OtherAgreements otherAgreements;
    private final TreatyReferences references;
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
        this.otherAgreements = new OtherAgreements(vocabulary, treaty);
        this.references = new TreatyReferences(vocabulary);
    }

    public Extraction extract(String original) {
        String articleText = NewswireQuotes.normalize(original); // same length: offsets hold
        AnalyzedText text = analyzer.analyze(articleText);
        List<QuoteSpan> spans = QuoteMarkScanner.scan(articleText);
        QuoteMask mask = new QuoteMask(spans);
        People people = new People(lexicons::genderOfFirstName);
        List<Mention> mentions = mentionFinder.find(text, mask, people);
        CampaignStaff.retype(people);
        ArticleContext ctx = ArticleContext.of(text, spans, mask, mentions, people);

        boolean aboutATreaty = treaty.speaksOfATreaty(ctx);
        String name = aboutATreaty ? treaty.name(ctx) : "";
        List<OtherAgreements.Found> others = aboutATreaty ? otherAgreements.find(ctx, name) : List.of();
        AgreementScope main = AgreementScope.main(references, others);
        TreatyFact treatyFact = aboutATreaty ? treaty.extract(ctx, name, main) : TreatyFact.UNKNOWN;
        List<QuoteFact> quoteFacts = quotes.extract(ctx, aboutATreaty ? treatyFact.name() : null);
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
        List<PartyFact> partyFacts = parties.extract(ctx, main);
        Set<String> signatories = partyFacts.stream().filter(p -> "signatory".equals(p.role())).map(PartyFact::name)
                .collect(java.util.stream.Collectors.toSet());
        return new Extraction(treatyFact, partyFacts, sections.extract(ctx, treatyFact.kind(), signatories, main),
                commitments.extract(ctx, signatories, main), quoteFacts, speakers, analysts,
                others.stream().map(o -> otherAgreement(ctx, o)).toList());
    }

    /** Another agreement of the article, from its own sentences only. */
    private OtherAgreementFact otherAgreement(ArticleContext ctx, OtherAgreements.Found other) {
        AgreementScope scope = AgreementScope.of(other);
        Set<String> signatories = parties.partiesOf(ctx, other);
        return new OtherAgreementFact(new TreatyFact(other.name(), "", null, null, other.kind()),
                signatories.stream().sorted().toList(), sections.extract(ctx, other.kind(), signatories, scope),
                commitments.extract(ctx, signatories, scope));
    }
}
