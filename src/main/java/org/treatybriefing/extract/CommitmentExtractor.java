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

    private final Vocabulary vocabulary;
    private final TreatyReferences references;

    CommitmentExtractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.references = new TreatyReferences(vocabulary);
    }

    /**
     * @param signatories the states the article says signed its agreement: "Norland and Sudmark
     *                    agreed to open talks" commits the parties though it names no treaty
     */
    List<CommitmentFact> extract(ArticleContext ctx, Set<String> signatories) {
        List<CommitmentFact> out = new ArrayList<>();
        boolean previousAboutTreaty = false;
        for (Sentence s : ctx.text().sentences()) {
            if (ctx.text().paragraphs().get(s.paragraph()).boilerplate()) {
                continue;
            }
            boolean aboutTreaty = references.mentionsTreaty(s) || opensWithASignatory(s, signatories);
            boolean continuing = previousAboutTreaty && TreatyReferences.continues(s);
            previousAboutTreaty = aboutTreaty;
            if (!aboutTreaty && !continuing) {
                continue;
            }
            Optional<CommitmentCue> cue = firstCue(ctx, s);
            if (cue.isEmpty() || personSpeaks(ctx, s)) {
                continue;
            }
            out.add(new CommitmentFact(states(s), cue.get().modality(), cue.get().polarity(), area(s.text()),
                    s.text().strip()));
        }
        return out;
    }

    /**
     * The longest cue that occurs outside quotation marks (cues are sorted longest first): the
     * treaty's obligations are stated by the writer ("The treaty calls for ..."), while a cue
     * inside someone's quote is their words, not a provision.
     */
    private Optional<CommitmentCue> firstCue(ArticleContext ctx, Sentence s) {
        for (CommitmentCue cue : vocabulary.lexicons().commitmentCues()) {
            java.util.regex.Matcher m = cue.pattern().matcher(s.text());
            while (m.find()) {
                if (!ctx.mask().inside(s.start() + m.start())) {
                    return Optional.of(cue);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "The chancellor has called for reform of the pact": a person's wish, not the treaty's
     * obligation. A sentence whose first subject is a person (or a pronoun or role for one) is
     * not a commitment; states and the parties may be ("Santiago and Lima agreed to ...").
     */
    private static boolean personSpeaks(ArticleContext ctx, Sentence s) {
        for (Mention m : ctx.mentionsIn(s.index())) {
            if (m.subject() && !ctx.mask().inside(m.start())) {
                return m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.PRONOUN || m.kind() == Mention.Kind.ROLE;
            }
        }
        return false;
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

    private List<String> states(Sentence s) {
        Set<String> names = new LinkedHashSet<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            var m = vocabulary.stateAt(t, i);
            if (m.isPresent()) {
                names.add(m.get().state().name());
                i += m.get().tokens() - 1;
            }
        }
        return List.copyOf(names);
    }
}
