package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.treatybriefing.lexicon.Area;
import org.treatybriefing.lexicon.CommitmentCue;
import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * Commitments: sentences about the treaty, an article of it or its parties whose wording states
 * an obligation, an undertaking or an exclusion (the cues of {@code config/commitment-cues.tsv}).
 */
final class CommitmentExtractor {

    /** Words for all the parties of an agreement at once ("both sides agreed ..."). */
    private static final java.util.regex.Pattern ALL_PARTIES = java.util.regex.Pattern.compile("(?i)\\b(the parties|both parties|"
            + "each party|both sides|the two sides|both countries|the two countries|both states|the two states|both nations|"
            + "the two nations|every nation|each nation|each other|one another|the signatories)\\b");

    private final Vocabulary vocabulary;

    CommitmentExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param signatories the states the article says signed its agreement: "Norland and Sudmark
     *                    agreed to open talks" commits the parties though it names no treaty
     * @param scope       the sentences of that agreement
     */
    List<CommitmentFact> extract(ArticleContext ctx, Set<String> signatories, AgreementScope scope) {
        List<CommitmentFact> out = new ArrayList<>();
        boolean previousAboutTreaty = false;
        for (Sentence s : ctx.text().sentences()) {
            if (ctx.text().paragraphs().get(s.paragraph()).boilerplate()) {
                continue;
            }
            if (!scope.sentences().test(s)) {
                previousAboutTreaty = false; // "It ..." after another agreement's sentence is not this one's
                continue;
            }
            boolean aboutTreaty = scope.mentionedIn().test(s) || opensWithASignatory(s, signatories);
            boolean continuing = previousAboutTreaty && TreatyReferences.continues(s);
            previousAboutTreaty = aboutTreaty;
            if (!aboutTreaty && !continuing) {
                continue;
            }
            Optional<CueAt> cue = firstCue(ctx, s);
            if (cue.isEmpty() || personSpeaks(ctx, s, cue.get().offset())) {
                continue;
            }
            out.add(new CommitmentFact(parties(ctx, s, signatories), cue.get().cue().modality(), cue.get().cue().polarity(), area(s.text()),
                    s.text().strip()));
        }
        return out;
    }

    /**
     * The longest cue that occurs outside quotation marks (cues are sorted longest first): the
     * treaty's obligations are stated by the writer ("The treaty calls for ..."), while a cue
     * inside someone's quote is their words, not a provision.
     */
    private Optional<CueAt> firstCue(ArticleContext ctx, Sentence s) {
        for (CommitmentCue cue : vocabulary.lexicons().commitmentCues()) {
            java.util.regex.Matcher m = cue.pattern().matcher(s.text());
            while (m.find()) {
                if (!ctx.mask().inside(s.start() + m.start())) {
                    return Optional.of(new CueAt(cue, s.start() + m.start()));
                }
            }
        }
        return Optional.empty();
    }

    /** A cue and where it starts in the article. */
    private record CueAt(CommitmentCue cue, int offset) {
    }

    /**
     * "The chancellor has called for reform of the pact", "Ms Holm said the pact must go": a
     * person's wish or words, not the treaty's obligation. A sentence whose first subject is a
     * person (or a pronoun or role for one) is no commitment when the cue is that person's own verb
     * or the person's verb reports speech. It is one when the person only undergoes it ("the premier
     * had to accept the talks did not guarantee membership"). States and the parties may commit
     * ("Santiago and Lima agreed to ..."), and so may a treaty a person owns ("Mr Holm's treaty
     * would set up a fund").
     */
    private boolean personSpeaks(ArticleContext ctx, Sentence s, int cueOffset) {
        for (Mention m : ctx.mentionsIn(s.index())) {
            if (m.subject() && !ctx.mask().inside(m.start()) && !possessive(s, m)) {
                boolean person = m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.ROLE;
                return person && (cueIsTheirVerb(s, m, cueOffset) || reportsSpeech(s, m));
            }
        }
        return false;
    }

    /** "Ms Holm has called for ...": the cue starts within three words after the person. */
    private static boolean cueIsTheirVerb(Sentence s, Mention m, int cueOffset) {
        int last = Math.min(s.tokens().size() - 1, m.lastToken() + 3);
        return cueOffset >= m.end() && cueOffset <= s.tokens().get(last).start();
    }

    /** "Ms Holm said ...", "Ms Holm believes ...": the person's first verb says or reports. */
    private boolean reportsSpeech(Sentence s, Mention m) {
        List<Token> t = s.tokens();
        for (int k = m.lastToken() + 1; k < t.size() && k <= m.lastToken() + 4; k++) {
            if (t.get(k).isVerb()) {
                return vocabulary.isSpeechVerb(t.get(k)) || vocabulary.reportingVerb(t, k).isPresent()
                        || vocabulary.speechVerbWithin(t, k);
            }
        }
        return true; // no verb found: keep the old caution
    }

    /** "Mr Holm's treaty would set up ...": the person owns the subject, the treaty acts. */
    private static boolean possessive(Sentence s, Mention m) {
        int next = m.lastToken() + 1;
        return next < s.tokens().size() && s.tokens().get(next).isPossessiveMark();
    }

    /** "The EU and US have agreed to ...": a signatory state is the sentence's first word of substance. */
    private boolean opensWithASignatory(Sentence s, Set<String> signatories) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size() && "DET".equals(t.get(i).pos())) {
            i++;
        }
        return i < t.size() && vocabulary.stateAt(t, i).filter(m -> signatories.contains(m.state().name())).isPresent();
    }

    private String area(String text) {
        for (Area area : vocabulary.lexicons().areas()) {
            if (area.pattern().matcher(text).find()) {
                return area.label();
            }
        }
        return "";
    }

    /**
     * The states a commitment binds, as the sentence names them: "Under the accord, Norland must
     * open its ports" binds Norland; "the parties", "both sides", "each other" bind every
     * signatory of the article. Where the article names signatories, a state the sentence merely
     * mentions is none ("recognising the Sudmark government", "unlike the one with Eastland"); where
     * it names none, every state the sentence names by name (not by an adjective) is taken.
     */
    private List<String> parties(ArticleContext ctx, Sentence s, Set<String> signatories) {
        Set<String> names = new LinkedHashSet<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            var m = vocabulary.stateAt(t, i);
            if (m.isPresent()) {
                String name = m.get().state().name();
                if (signatories.isEmpty() ? !m.get().demonym() : signatories.contains(name)) {
                    names.add(name);
                }
                i += m.get().tokens() - 1;
            }
        }
        if (!signatories.isEmpty() && ALL_PARTIES.matcher(ctx.unquoted(s)).find()) {
            names.addAll(signatories.stream().sorted().toList());
        }
        return List.copyOf(names);
    }
}
