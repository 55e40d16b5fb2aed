package org.treatybriefing.extract;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.treatybriefing.lexicon.LexiconLoader;
import org.treatybriefing.nlp.LanguageModels;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes and their speakers, on short invented articles. */
class QuoteExtractionTest {

    private static final ArticleExtractor EXTRACTOR =
            new ArticleExtractor(LexiconLoader.load(Path.of("config")), LanguageModels.shared());

    private static List<QuoteFact> quotes(String text) {
        return EXTRACTOR.extract(text).quotes();
    }

    /** The one quote whose text starts with the given words. */
    private static QuoteFact quote(List<QuoteFact> quotes, String startsWith) {
        List<QuoteFact> hits = quotes.stream().filter(q -> q.text().startsWith(startsWith)).toList();
        assertThat(hits).as("quotes starting with '%s' in %s", startsWith, quotes).hasSize(1);
        return hits.get(0);
    }

    // --- speaker after the quote ---

    @Test
    void roleAfterTheQuoteIsTheMinisterIntroducedBefore() {
        String text = "Foreign Minister Jane Doe arrived in Oslo. "
                + "\"This treaty brings our fishing fleets closer together,\" the minister said.";

        QuoteFact q = quote(quotes(text), "This treaty brings");

        assertThat(q.speaker()).isEqualTo("Jane Doe");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.confidence()).isGreaterThan(0);
    }

    @Test
    void saidThenNameAfterTheQuote() {
        String text = "Foreign Minister Jane Doe arrived in Oslo on Monday.\n"
                + "\"We have waited a long time for this agreement,\" said Jane Doe.";

        QuoteFact q = quote(quotes(text), "We have waited");

        assertThat(q.speaker()).isEqualTo("Jane Doe");
        assertThat(q.confidence()).isGreaterThan(0.9);
    }

    @Test
    void surnameThenSaidAfterTheQuoteGivesTheFullName() {
        String text = "Foreign Minister Jane Doe arrived in Oslo on Monday.\n"
                + "\"We have waited a long time for this agreement,\" Doe said.";

        QuoteFact q = quote(quotes(text), "We have waited");

        assertThat(q.speaker()).isEqualTo("Jane Doe");
    }

    @Test
    void fullNameThenSaidAfterTheQuoteOnFirstMention() {
        String text = "\"The agreement is a good start,\" Martin Keller said.";

        QuoteFact q = quote(quotes(text), "The agreement is a good start");

        assertThat(q.speaker()).isEqualTo("Martin Keller");
    }

    @Test
    void accordingToAfterTheQuote() {
        String text = "The talks lasted three days. "
                + "\"Both sides made painful concessions to reach the deal,\" according to Martin Keller.";

        QuoteFact q = quote(quotes(text), "Both sides made");

        assertThat(q.speaker()).isEqualTo("Martin Keller");
        assertThat(q.rule()).contains("according-to");
    }

    // --- speaker before the quote ---

    @Test
    void speechVerbBeforeTheQuoteInTheSameSentence() {
        String text = "Prime Minister Olaf Brenner spoke to reporters. He noted, \"The border will stay open for trade.\"";

        QuoteFact q = quote(quotes(text), "The border will stay open");

        assertThat(q.speaker()).isEqualTo("Olaf Brenner");
        assertThat(q.kind()).isEqualTo("direct");
    }

    @Test
    void nameSaidColonBeforeTheQuote() {
        String text = "Martin Keller said: \"We will not accept any delay in the ratification.\"";

        QuoteFact q = quote(quotes(text), "We will not accept");

        assertThat(q.speaker()).isEqualTo("Martin Keller");
        assertThat(q.kind()).isEqualTo("direct");
    }

    @Test
    void paragraphOpeningQuoteAfterASentenceEndingInAColon() {
        String text = "Martin Keller, the Austrian foreign minister, addressed parliament on Tuesday. He told lawmakers:\n"
                + "\"We will not accept any delay in the ratification of this treaty.\"";

        QuoteFact q = quote(quotes(text), "We will not accept");

        assertThat(q.speaker()).isEqualTo("Martin Keller");
        assertThat(q.rule()).startsWith("introduced-with-colon");
    }

    // --- quotes that share a speaker ---

    @Test
    void aQuoteSplitByItsAttributionIsOneStatementOfOneSpeaker() {
        String text = "Foreign Minister Martin Keller met the delegation in Vienna. "
                + "\"The agreement is a good start,\" he said. \"But much work remains to be done.\"";

        List<QuoteFact> quotes = quotes(text);

        QuoteFact q = quote(quotes, "The agreement is a good start");
        assertThat(quotes).hasSize(1);
        assertThat(q.text()).isEqualTo("The agreement is a good start But much work remains to be done");
        assertThat(text.substring(q.start(), q.end())).startsWith("The agreement").endsWith("to be done");
        assertThat(q.speaker()).isEqualTo("Martin Keller");
    }

    @Test
    void aQuoteOpeningTheNextParagraphInheritsTheSpeaker() {
        String text = "Foreign Minister Martin Keller met the delegation in Vienna. "
                + "\"The agreement is a good start,\" Keller said.\n"
                + "\"We expect the parliament to approve it before the summer.\"";

        QuoteFact second = quote(quotes(text), "We expect the parliament");

        assertThat(second.speaker()).isEqualTo("Martin Keller");
        assertThat(second.confidence()).isGreaterThan(0);
    }

    // --- partial quotes ---

    @Test
    void aQuotedFragmentInsideTheWritersSentenceIsPartial() {
        String text = "Martin Keller said the agreement was \"a historic step for the region\" and urged lawmakers to ratify it.";

        QuoteFact q = quote(quotes(text), "the agreement was");

        assertThat(q.text()).isEqualTo("the agreement was \"a historic step for the region\"");
        assertThat(q.kind()).isEqualTo("partial");
        assertThat(q.speaker()).isEqualTo("Martin Keller");
    }

    // --- pronouns, roles, surnames, titles ---

    @Test
    void aStatesPossessiveIsNotPartOfTheTitle() {
        String text = "\"We will not give up on the harbour,\" said Tom Berg, Norway's defence minister.";

        QuoteFact q = quote(quotes(text), "We will not give up");

        assertThat(q.speaker()).isEqualTo("Tom Berg");
        assertThat(q.speakerTitle()).isEqualTo("defence minister");
    }

    @Test
    void heIsThePreviousSentencesSubjectNotItsObject() {
        String text = "Foreign Minister Martin Keller met Mr Paul Weber in Vienna on Monday. "
                + "\"We are ready to sign without further delay,\" he said.";

        QuoteFact q = quote(quotes(text), "We are ready to sign");

        assertThat(q.speaker()).isEqualTo("Martin Keller");
        assertThat(q.rule()).contains("pronoun");
    }

    @Test
    void sheSkipsAManCalledMr() {
        String text = "Foreign Minister Anna Schmidt spoke first. Mr Paul Weber chaired the meeting. "
                + "\"Our farmers need this deal more than anyone else,\" she said.";

        QuoteFact q = quote(quotes(text), "Our farmers need");

        assertThat(q.speaker()).isEqualTo("Anna Schmidt");
    }

    @Test
    void roleDescriptionResolvesToThePersonIntroducedWithStateAndTitle() {
        String text = "French President Anne Vidal arrived in Lisbon on Tuesday. "
                + "\"Europe must speak with one voice on energy,\" the French president said.";

        Extraction e = EXTRACTOR.extract(text);
        QuoteFact q = quote(e.quotes(), "Europe must speak");

        assertThat(q.speaker()).isEqualTo("Anne Vidal");
        assertThat(q.rule()).contains("role");
        assertThat(e.speakers()).singleElement().satisfies(s -> assertThat(s.state()).isEqualTo("France"));
    }

    @Test
    void roleDescriptionPicksTheMatchingTitleAmongTwoOfficials() {
        String text = "Defence Minister Karl Olsen and Prime Minister Ingrid Dahl spoke in Oslo. "
                + "\"The pact makes our northern flank safer,\" the prime minister said.";

        QuoteFact q = quote(quotes(text), "The pact makes");

        assertThat(q.speaker()).isEqualTo("Ingrid Dahl");
    }

    @Test
    void honorificAndSurnameResolveToTheFullNameWithoutTheHonorific() {
        String text = "Mr Tomas Lind, the Swedish trade minister, opened the session. "
                + "\"We will lower tariffs within a year,\" Mr Lind said.";

        Extraction e = EXTRACTOR.extract(text);
        QuoteFact q = quote(e.quotes(), "We will lower tariffs");

        assertThat(q.speaker()).isEqualTo("Tomas Lind");
        assertThat(q.speakerTitle()).isEqualTo("trade minister");
        assertThat(e.speakers()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Tomas Lind");
            assertThat(s.state()).isEqualTo("Sweden");
        });
    }

    @Test
    void titleBeforeTheNameIsTheSpeakersTitleNotPartOfTheName() {
        String text = "\"We will ratify the pact this year,\" said Foreign Minister Tomas Lind.";

        Extraction e = EXTRACTOR.extract(text);
        QuoteFact q = quote(e.quotes(), "We will ratify");

        assertThat(q.speaker()).isEqualTo("Tomas Lind");
        assertThat(q.speakerTitle()).isEqualTo("Foreign Minister");
        assertThat(q.speakerType()).isEqualTo("official");
        assertThat(e.speakers()).extracting(SpeakerFact::type).containsExactly("official");
    }

    @Test
    void appositionWithAResearchOrganisationMakesAnAnalyst() {
        String text = "\"The treaty changes little on the ground,\" said Laura Bianchi, "
                + "a senior fellow at the Example Institute.";

        Extraction e = EXTRACTOR.extract(text);
        QuoteFact q = quote(e.quotes(), "The treaty changes little");

        assertThat(q.speaker()).isEqualTo("Laura Bianchi");
        assertThat(q.speakerType()).isEqualTo("analyst");
        assertThat(e.speakers()).singleElement().satisfies(s -> {
            assertThat(s.affiliation()).isEqualTo("Example Institute");
            assertThat(s.title()).isEqualTo("senior fellow");
        });
    }

    // --- what is not a quote ---

    @Test
    void scareQuotesAndQuotedNamesAreNotQuotes() {
        String text = "Critics call the plan a \"gift\" to the northern provinces. "
                + "The press dubbed her the \"Iron Lady\" of the north, and officials dismissed the \"so-called experts\".";

        // the one-word "gift" is no quote; what the critics call the plan is their reported speech
        assertThat(quotes(text)).extracting(QuoteFact::text, QuoteFact::kind, QuoteFact::speaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the plan a \"gift\" to the northern provinces", "indirect", "Critics"));
    }

    @Test
    void aQuotedTreatyNameIsNotAQuote() {
        String text = "The two states signed the \"Northern Sea Friendship Treaty\" on Friday. "
                + "The \"Blue Corridor Agreement\" follows next year.";

        assertThat(quotes(text)).isEmpty();
    }

    // --- text and offsets ---

    @Test
    void quoteTextExcludesTrailingCommaAndFullStopAndOffsetsPointAtIt() {
        String text = "Foreign Minister Jane Doe spoke in Oslo. "
                + "\"We will sign next week,\" she said. She added: \"Nothing can stop us now.\"";

        List<QuoteFact> quotes = quotes(text);
        QuoteFact first = quote(quotes, "We will sign");
        QuoteFact second = quote(quotes, "Nothing can stop");

        assertThat(first.text()).isEqualTo("We will sign next week");
        assertThat(second.text()).isEqualTo("Nothing can stop us now");
        assertThat(text.substring(first.start(), first.end())).isEqualTo(first.text());
        assertThat(text.substring(second.start(), second.end())).isEqualTo(second.text());
        assertThat(first.start()).isEqualTo(text.indexOf("We will sign"));
    }

    // --- confidence and unknown speakers ---

    @Test
    void nobodyNamedLeavesTheSpeakerEmptyWithZeroConfidenceAndAGroupSpeaksAsWritten() {
        String text = "\"This treaty brings our fishing fleets closer together,\" the minister said. "
                + "Officials say the new route will be \"a game changer for exporters across the entire region\".";

        List<QuoteFact> quotes = quotes(text);

        QuoteFact unnamed = quote(quotes, "This treaty brings");
        assertThat(unnamed.speaker()).isEmpty();
        assertThat(unnamed.confidence()).isZero();
        QuoteFact group = quote(quotes, "the new route will be");
        assertThat(group.speaker()).isEqualTo("Officials");
        assertThat(group.speakerType()).isEqualTo("other");
        assertThat(quotes).hasSize(2);
    }

    // --- reported speech ---

    @Test
    void saidThatIsIndirectSpeechWithoutThat() {
        String text = "Foreign Minister Tomas Lind said that the agreement would double trade between the two countries by 2030.";

        QuoteFact q = quote(quotes(text), "the agreement would double");

        assertThat(q.kind()).isEqualTo("indirect");
        assertThat(q.speaker()).isEqualTo("Tomas Lind");
        assertThat(q.text()).isEqualTo("the agreement would double trade between the two countries by 2030");
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }

    // --- wording of the treaty ---

    @Test
    void theTreatysOwnWordingIsSpokenByTheDocument() {
        String text = "The treaty calls for \"mutual respect for sovereignty and territorial integrity\" of both states.";

        QuoteFact q = quote(quotes(text), "mutual respect");

        assertThat(q.speakerType()).isEqualTo("document");
        assertThat(q.speaker()).isNotEmpty();
    }

    @Test
    void anArticleQuotedVerbatimIsSpokenByTheNamedTreaty() {
        String text = "The Fjord Cooperation Treaty says the parties "
                + "\"shall consult each other in the event of a threat to peace.\"";

        QuoteFact q = quote(quotes(text), "shall consult");

        assertThat(q.speakerType()).isEqualTo("document");
        assertThat(q.speaker()).isEqualTo("Fjord Cooperation Treaty");
    }

    @Test
    void aLoneSurnameBeforeASpeechVerbIsASpeakerEvenWhenTaggedAsAnAdjective() {
        String text = "The pact was signed in Lisbon.\n\n"
                + "Last year, Marwick warned that the bloc would \"cut every tie with the north\" if talks failed.";

        QuoteFact q = quote(quotes(text), "the bloc would \"cut every tie");

        assertThat(q.speaker()).isEqualTo("Marwick");
        assertThat(q.kind()).isEqualTo("partial");
    }

    @Test
    void aNameWithAnAppositionBetweenTheQuoteAndSaid() {
        String text = "The pact was signed in Lisbon on Friday.\n"
                + "\"We will defend this agreement,\" Anna Berg, the Norwegian foreign minister, said.";

        QuoteFact q = quote(quotes(text), "We will defend");

        assertThat(q.speaker()).isEqualTo("Anna Berg");
    }

    @Test
    void theSubjectOfTheFirstSpeechVerbSpeaksNotAPersonNamedInTheReportedClause() {
        String text = "The pact was signed in Lisbon on Friday.\n"
                + "Senator Mara Quill said Mr Okafor and Mr Lind had a \"bitter\" row, adding: \"It was the worst meeting I can remember.\"";

        QuoteFact q = quote(quotes(text), "It was the worst meeting");

        assertThat(q.speaker()).isEqualTo("Mara Quill");
    }

    @Test
    void aPersonWinsOverThePlaceThatDescribesThem() {
        String text = "The pact was signed in Lisbon on Friday.\n"
                + "Paris teacher Odile Marchand said: \"Our pupils will learn both languages from next year.\"";

        QuoteFact q = quote(quotes(text), "Our pupils will learn");

        assertThat(q.speaker()).isEqualTo("Odile Marchand");
    }

    @Test
    void aSpeakerAfterTheQuoteBehindModifiers() {
        String text = "The pact was signed in Lisbon on Friday.\n"
                + "\"Nobody asked the fishermen what they wanted,\" former independent MP Rosa Delgado insisted on the radio.";

        QuoteFact q = quote(quotes(text), "Nobody asked the fishermen");

        assertThat(q.speaker()).isEqualTo("Rosa Delgado");
    }

    @Test
    void reportedSpeechIsNotTakenFromDeniedClaimsOrRelativeClauses() {
        String text = "The pact was signed in Lisbon on Friday.\n"
                + "Minister Ilse Varga denied opposition claims that she had hidden the costs of the new port.\n"
                + "The towns where the greens say the port will harm the river are all on the coast.\n"
                + "Minister Ilse Varga announced in parliament that the port would open in the spring of next year.";

        List<QuoteFact> indirect = quotes(text).stream().filter(q -> q.kind().equals("indirect")).toList();

        assertThat(indirect).extracting(QuoteFact::text)
                .containsExactly("the port would open in the spring of next year");
    }

    @Test
    void aRoleNoOneInTheArticleFitsIsKeptForTheMergeToName() {
        String text = "The pact was signed in Lisbon on Friday.\n"
                + "\"This is a good day for our fishermen,\" the Finnish president said.";

        QuoteFact q = quote(quotes(text), "This is a good day");

        assertThat(q.speaker()).isEmpty();
        assertThat(q.role()).isEqualTo("Finland|president");
    }

    @Test
    void aNameWithAParticleAndAHyphenIsOneName() {
        String text = "The pact was signed on Friday.\n\"We will never give up,\" Valdorian President Omar al-Rashid said.";

        assertThat(quote(quotes(text), "We will never give up").speaker()).isEqualTo("Omar al-Rashid");
    }

    @Test
    void accordingToANewsAgencyReportsTheClauseAfterTheComma() {
        String text = "The pact was signed on Friday.\n"
                + "According to the Valdorian news agency Reuters, the treaty covers fishing, shipping and border trade.";

        List<QuoteFact> indirect = quotes(text).stream().filter(q -> q.kind().equals("indirect")).toList();

        assertThat(indirect).hasSize(1);
        assertThat(indirect.get(0).speaker()).isEqualTo("Reuters");
        assertThat(indirect.get(0).text()).isEqualTo("the treaty covers fishing, shipping and border trade");
    }

    @Test
    void refusingToSayIsNoReportedSpeech() {
        String text = "The pact was signed on Friday.\n"
                + "Minister Ilse Varga refused to say whether the port would open in the spring of next year.";

        assertThat(quotes(text)).filteredOn(q -> q.kind().equals("indirect")).isEmpty();
    }

    @Test
    void aSentenceOpeningWithAPartyAndATitleIntroducesThePerson() {
        String text = "Ministers met on Monday.\n"
                + "Liberal shadow home secretary Tomas Reyes was worried about the new powers. He warned: \"This will backfire on all of us.\"";

        assertThat(quote(quotes(text), "This will backfire").speaker()).isEqualTo("Tomas Reyes");
    }

    @Test
    void aQuoteParagraphAfterASentenceAboutHimGoesToWhomHeStandsFor() {
        String text = "Minister Ilse Varga spoke after Mr Okafor left the room.\n\n"
                + "She said the talks had gone well and that the port would open soon.\n\n"
                + "\"We are ready to sign whenever our neighbours are.\"";

        assertThat(quote(quotes(text), "We are ready to sign").speaker()).isEqualTo("Ilse Varga");
    }

    @Test
    void inAnArticleAboutNoTreatyNoQuoteIsTreatyWording() {
        String text = "The council met on Tuesday.\nThe document calls for \"a complete overhaul of the bus network by next summer\".";

        assertThat(quotes(text)).allSatisfy(q -> assertThat(q.speakerType()).isNotEqualTo("document"));
    }

    // --- unnamed spokespeople and organisations named by a common noun ---

    @Test
    void anUnnamedSpokespersonSpeaksForTheOrganisationBeforeTheTitle() {
        String text = "Regulators opened an inquiry into the trading on Monday.\n"
                + "\"We have passed the case to the public prosecutor,\" a Finwatch spokeswoman said.";

        QuoteFact q = quote(quotes(text), "We have passed");

        assertThat(q.speaker()).isEqualTo("Finwatch");
        assertThat(q.speakerType()).isEqualTo("organization");
    }

    @Test
    void anOrganisationWhoseNameStartsWithATitlesWordBeforeASpokesperson() {
        String text = "\"It is hard to put a date on the hearing,\" a Premier Hockey League spokesman confirmed.";

        QuoteFact q = quote(quotes(text), "It is hard");

        assertThat(q.speaker()).isEqualTo("Premier Hockey League");
    }

    @Test
    void aSpokespersonForAnOrganisationSpeaksForIt() {
        String text = "Shoppers crowded the malls on Saturday.\n"
                + "A spokesman for Leeds's Harbour Centre said it was \"the busiest weekend we have ever seen\".";

        QuoteFact q = quote(quotes(text), "it was \"the busiest weekend");

        assertThat(q.speaker()).isEqualTo("Harbour Centre");
    }

    @Test
    void aSpokespersonWithNoOrganisationSpeaksForTheOrganisationJustMentioned() {
        String text = "Telora Bank backed the price cuts but said regulation was still needed.\n"
                + "\"This is a reminder that the market must stay open,\" a spokesman said.";

        QuoteFact q = quote(quotes(text), "This is a reminder");

        assertThat(q.speaker()).isEqualTo("Telora Bank");
    }

    @Test
    void anIndefiniteSpokespersonIsNeverAPersonNamedLater() {
        String text = "Ministers defended the bill on Tuesday.\n"
                + "\"It will take a decade to come into force,\" a spokesman said.\n"
                + "Green Party spokesman Tom Arden said the bill was flawed.";

        QuoteFact q = quote(quotes(text), "It will take a decade");

        assertThat(q.speaker()).isEmpty(); // nobody the article names
    }

    @Test
    void aSpokespersonDoesNotSpeakForAnOrganisationNamedDeepInTheSentenceBefore() {
        String text = "Officials said ships were ready, a task which the Harbour Guards might help with.\n"
                + "\"We are sending two more ships to the region this week,\" a spokesman said.";

        QuoteFact q = quote(quotes(text), "We are sending");

        assertThat(q.speaker()).isEmpty();
    }

    @Test
    void aQuoteAfterAnIndefiniteSpokespersonsQuoteIsNotGivenToAPersonNamedLater() {
        String text = "Ministers defended the bill on Tuesday.\n"
                + "\"It will take a decade to come into force,\" a spokesman said. \"It will do nothing for crime now.\"\n"
                + "Green Party spokesman Tom Arden said the bill was flawed.";

        QuoteFact q = quote(quotes(text), "It will do nothing");

        assertThat(q.speaker()).isEmpty();
    }

    @Test
    void theMinistryIsTheMinistryNamedBefore() {
        String text = "The Economy Ministry said exports rose in March.\n"
                + "\"The focus will be on jobs and on recovery this year,\" the ministry said.";

        QuoteFact q = quote(quotes(text), "The focus will be");

        assertThat(q.speaker()).isEqualTo("Economy Ministry");
    }

    @Test
    void andInsideAnOrganisationsNameKeepsTheWholeName() {
        String text = "\"The focus will be on jobs and on recovery this year,\" the Trade and Industry Ministry said.";

        QuoteFact q = quote(quotes(text), "The focus will be");

        assertThat(q.speaker()).isEqualTo("Trade and Industry Ministry");
    }

    @Test
    void andBetweenTwoOrganisationsJoinsNothing() {
        String text = "\"We will appeal against the ruling as soon as we can,\" Harbor Bank and Telora Agency said.";

        QuoteFact q = quote(quotes(text), "We will appeal");

        assertThat(q.speaker()).isNotEqualTo("Harbor Bank and Telora Agency").doesNotContain(" and ");
    }

    @Test
    void theBankIsNotAnOlderBankWhenAnotherOrganisationSpokeSince() {
        String text = "Harbor Bank was founded in 1830.\n"
                + "The Trade Agency said it would fund scholarships for students in the state.\n"
                + "The bank said that it is \"a very different company from the one of the 1800s\".";

        QuoteFact q = quote(quotes(text), "it is \"a very different company");

        assertThat(q.speaker()).isEmpty(); // not the older bank: the agency has spoken since
    }

    // --- names in appositions ---

    @Test
    void aNameSetOffByCommasAfterARoleIsTheSpeaker() {
        String text = "The charity's director, Maria Lindqvist, said: \"This year offers the chance to end extreme poverty.\"";

        QuoteFact q = quote(quotes(text), "This year offers");

        assertThat(q.speaker()).isEqualTo("Maria Lindqvist");
    }

    @Test
    void aNameWhoseAppositionHasNoClosingCommaBeforeTheVerb() {
        String text = "Flights were delayed for an hour on Wednesday.\n"
                + "\"We are looking at what we can do,\" Karl Ambach, a Skyline spokesman told reporters.";

        QuoteFact q = quote(quotes(text), "We are looking");

        assertThat(q.speaker()).isEqualTo("Karl Ambach");
    }

    @Test
    void theVerbAfterAnUnclosedAppositionCountsEvenWithACommaLater() {
        String text = "Flights were delayed for an hour on Wednesday.\n"
                + "\"We are looking at what we can do,\" Karl Ambach, a Skyline spokesman told reporters, before the flight left.";

        QuoteFact q = quote(quotes(text), "We are looking");

        assertThat(q.speaker()).isEqualTo("Karl Ambach");
    }

    @Test
    void aSpokespersonForANamedOrganisationKeepsFullConfidence() {
        String text = "Shoppers crowded the malls on Saturday.\n"
                + "\"Regulators must act now on parking,\" a spokesman for Leeds's Harbour Centre said.";

        QuoteFact q = quote(quotes(text), "Regulators must act");

        assertThat(q.speaker()).isEqualTo("Harbour Centre");
        assertThat(q.confidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aNameBeforeAnOrganisationsTitleWithoutArticle() {
        String text = "The council published its report on Monday.\n"
                + "Tom Brennan, PWC president and longtime activist said: \"Schools are selling junk food to children.\"";

        QuoteFact q = quote(quotes(text), "Schools are selling");

        assertThat(q.speaker()).isEqualTo("Tom Brennan");
    }

    @Test
    void aOneWordNameBeforeItsTitleIsAnOrganisationNotAPerson() {
        String text = "Regulators filed complaints against Corvana, its chief executive Jean Morel and two officers.\n"
                + "Corvana has said it believes there is \"no legal basis\" for the complaints.";

        List<SpeakerFact> speakers = EXTRACTOR.extract(text).speakers();

        assertThat(speakers).filteredOn(sp -> sp.name().equals("Corvana")).extracting(SpeakerFact::title).containsOnly("");
    }

    @Test
    void aQuoteOpeningTheNextSentenceSharesTheSpeakerOfTheAttributedQuoteBefore() {
        // a long description of the speaker stands between: no longer one statement split by its attribution
        String text = "\"We waited too long,\" said Ann Vale, who has chaired the harbour board of the northern towns "
                + "since the great flood of the spring of last year and who lives by the sea. \"Now we have to move fast.\"";

        QuoteFact q = quote(quotes(text), "Now we have to move fast");

        assertThat(q.speaker()).isEqualTo("Ann Vale");
        assertThat(q.rule()).isEqualTo("quote-after-attributed-quote");
    }
}
