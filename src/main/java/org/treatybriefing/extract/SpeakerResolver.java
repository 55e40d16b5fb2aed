package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * Turns a mention into the speaker it stands for: a person by name; a pronoun to the most
 * recent person standing as a subject (or the last speaker); a role ("the Chilean president")
 * to the person introduced with that state and title; an organisation or state to its name.
 */
final class SpeakerResolver {

    /** Persons in subject position and quote speakers, in text order. */
    private final List<int[]> salientOffsets = new ArrayList<>();
    private final List<Person> salientPersons = new ArrayList<>();
    /** Organisations opening their sentences as subjects, in text order: whom an unnamed spokesperson speaks for. */
    private final List<Mention> organizations = new ArrayList<>();
    private final People people;
    private final Vocabulary vocabulary;
    private final int[] sentenceStarts;
    private final List<Sentence> sentences;
    /** The person or role that opens each sentence as its subject ("NAME started ... when he ..."), by sentence. */
    private final Map<Integer, Mention> openingSubjects = new HashMap<>();
    /** Every person named, in text order: whom "she" stands for when no one has stood as a subject. */
    private final List<Mention> named = new ArrayList<>();
    /** Roles named right after, set off by commas: "the bureau's director, Ann Vale, said". */
    private final Map<Mention, Person> appositiveNames = new HashMap<>();

    SpeakerResolver(List<Mention> mentions, People people, Vocabulary vocabulary, List<Sentence> sentences) {
        this.people = people;
        this.vocabulary = vocabulary;
        this.sentences = sentences;
        this.sentenceStarts = sentences.stream().mapToInt(Sentence::start).toArray();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (modifiesTheNext(mentions, i)) {
                continue;
            }
            boolean opens = m.subject() && m.firstToken() <= 3
                    && (m.kind() == Mention.Kind.PERSON || m.kind() == Mention.Kind.ROLE);
            if (opens) {
                openingSubjects.putIfAbsent(m.sentence(), m);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.kind() == Mention.Kind.PERSON) {
                named.add(m);
            }
            if (m.kind() == Mention.Kind.ROLE && i + 1 < mentions.size() && isAppositiveName(m, mentions.get(i + 1))) {
                appositiveNames.put(m, mentions.get(i + 1).person());
            }
        }
        for (Mention m : mentions) {
            // the organisation a sentence is about opens it ("ORG backed the cuts", "But the ORG said")
            if (m.kind() == Mention.Kind.ORGANIZATION && m.subject() && m.firstToken() <= 2) {
                organizations.add(m);
            }
        }
        int sentence = -1;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.sentence() == sentence || !(m.subject() || isInvertedSpeaker(m)) || modifiesTheNext(mentions, i)) {
                continue;
            }
            Optional<Person> p = switch (m.kind()) {
                case PERSON -> Optional.of(m.person());
                case ROLE -> role(m);
                // "He said ...", "But he accused ...": the sentence is about whom "he" stands for;
                // a pronoun further in ("Asked whether he was ..., NAME told") is not its subject
                case PRONOUN -> m.firstToken() <= 1 ? pronoun(m) : Optional.empty();
                default -> Optional.empty();
            };
            if (p.isPresent()) {
                // the first person standing as a subject is what the sentence is about
                remember(m.start(), p.get());
                sentence = m.sentence();
            }
        }
    }

    /** "the bureau's director, Ann Vale, said": a person's name set off by commas right after a role. */
    private boolean isAppositiveName(Mention role, Mention next) {
        if (next.kind() != Mention.Kind.PERSON || next.sentence() != role.sentence()
                || next.firstToken() != role.lastToken() + 2) {
            return false;
        }
        List<Token> t = sentences.get(role.sentence()).tokens();
        return t.get(role.lastToken() + 1).text().equals(",")
                && (next.lastToken() + 1 >= t.size() || t.get(next.lastToken() + 1).text().equals(","));
    }

    /**
     * "Harbour campaign chairman Tom Berg said": a name that only qualifies the person named next
     * in its noun phrase (nouns and adjectives between, ending in a title) is not who the sentence is about.
     */
    private boolean modifiesTheNext(List<Mention> mentions, int i) {
        Mention m = mentions.get(i);
        if (i + 1 >= mentions.size() || mentions.get(i + 1).sentence() != m.sentence()
                || !PhraseHead.isPersonLike(mentions.get(i + 1)) || m.kind() == Mention.Kind.PRONOUN) {
            return false;
        }
        Mention next = mentions.get(i + 1);
        List<Token> t = sentences.get(m.sentence()).tokens();
        if (next.firstToken() <= m.lastToken() + 1 || next.firstToken() - m.lastToken() > 4) {
            return false; // adjacent names are one name or a list, not a modifier and its head
        }
        boolean titleBefore = false;
        for (int k = m.lastToken() + 1; k < next.firstToken(); k++) {
            String pos = t.get(k).pos();
            if (!("NOUN".equals(pos) || "ADJ".equals(pos) || t.get(k).isPossessiveMark())) {
                return false;
            }
            int end = k + vocabulary.titleAt(t, k).map(Vocabulary.TitleMatch::tokens).orElse(0);
            titleBefore |= end == next.firstToken();
        }
        // "Vale met Mr Berg" with "met" mistagged a noun is no "Vale campaign chairman Berg"
        return titleBefore;
    }

    /**
     * "..., said Ann Vale, a professor at ...": the person after a speech verb that follows the
     * words is its subject too; not in "he said Vale would win", where the verb has its subject.
     */
    private boolean isInvertedSpeaker(Mention m) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        int verb = m.firstToken() - 1;
        if (m.kind() != Mention.Kind.PERSON || verb < 0 || !vocabulary.isSpeechVerb(t, verb)) {
            return false;
        }
        return verb == 0 || t.get(verb - 1).text().equals(",") || t.get(verb - 1).isClosingQuoteMark();
    }

    /** A quote's speaker becomes salient where the quote stands. */
    void spoke(int offset, Person p) {
        remember(offset, p);
    }

    private void remember(int offset, Person p) {
        int at = salientOffsets.size();
        while (at > 0 && salientOffsets.get(at - 1)[0] > offset) {
            at--;
        }
        salientOffsets.add(at, new int[]{offset});
        salientPersons.add(at, p);
    }

    Attribution resolve(Mention m, double confidence, String rule) {
        return switch (m.kind()) {
            case PERSON -> Attribution.of(m.person(), confidence, rule);
            case PRONOUN -> pronoun(m)
                    .map(p -> Attribution.of(p, confidence * 0.9, rule + "+pronoun"))
                    .orElse(Attribution.NONE);
            case ROLE -> role(m)
                    .map(p -> Attribution.of(p, confidence * 0.9, rule + "+role"))
                    .orElseGet(() -> describesAStatesOfficial(m)
                            ? Attribution.unresolvedRole(m.entity(), confidence * 0.8, rule + "+role-elsewhere")
                            : spokespersonFor(m, confidence, rule + "+spokesperson"));
            case ORGANIZATION -> organization(m.entity(), confidence, rule);
            case STATE -> new Attribution(m.entity(), "", "organization", null, confidence * 0.8, rule + "+state");
            case TREATY -> new Attribution(m.entity(), "", "document", null, confidence, rule + "+document");
        };
    }

    /** "the Chilean leader": a state's office another article may name; "the party leader" is not. */
    private boolean describesAStatesOfficial(Mention m) {
        String state = m.entity().split("\\|", 2)[0];
        return vocabulary.stateNamed(state).filter(st -> st.name().equals(state)).isPresent();
    }

    /** "a spokesman", "an official": someone not met before, never a person the article has named. */
    private static boolean introducesSomeoneNew(Mention m) {
        String lower = m.text().toLowerCase();
        return lower.startsWith("a ") || lower.startsWith("an ");
    }

    /**
     * An unnamed spokesperson speaks for whom the text gives ("a BaFin spokeswoman", "a spokesman
     * for ORG", "a spokesman for NAME"), else for the organisation that is the subject of this
     * sentence or the one before ("ORG backed the cuts. "...," a spokesman said").
     */
    private Attribution spokespersonFor(Mention m, double confidence, String rule) {
        String[] parts = m.entity().split("\\|", 2);
        if (!Vocabulary.isSpokesperson(parts[1])) {
            return Attribution.NONE;
        }
        if (!parts[0].isEmpty()) {
            // a person only by their full name: "League" of some junk name must not make
            // "a Premier League spokesman" a person's
            return people.find(parts[0]).filter(p -> p.name().equals(parts[0]))
                    .map(p -> Attribution.of(p, confidence, rule))
                    .orElseGet(() -> organization(parts[0], confidence, rule));
        }
        for (int i = organizations.size() - 1; i >= 0; i--) {
            Mention org = organizations.get(i);
            if (org.start() < m.start() && org.sentence() >= m.sentence() - 1) {
                return organization(org.entity(), confidence * 0.8, rule); // inferred, not written
            }
        }
        return Attribution.NONE;
    }

    private Attribution organization(String name, double confidence, String rule) {
        String clean = name.startsWith("The ") ? name.substring(4) : name;
        String type = vocabulary.organizationKind(clean).filter("media"::equals).map(k -> "media").orElse("organization");
        return new Attribution(clean, "", type, null, confidence, rule + "+organization");
    }

    /** The one person of the article a role describes; none for "a spokesman", someone new. */
    private Optional<Person> role(Mention m) {
        Person named = appositiveNames.get(m);
        if (named != null) {
            return Optional.of(named);
        }
        if (introducesSomeoneNew(m)) {
            return Optional.empty();
        }
        String[] parts = m.entity().split("\\|", 2);
        return people.byRole(parts[0], parts[1]);
    }

    /**
     * "he"/"she": the person the previous sentences are about (not one named earlier in the
     * pronoun's own sentence, which is usually someone else: "Mr X has failed, he claimed"),
     * whose known gender fits; failing that, the last fitting person before the pronoun.
     */
    private Optional<Person> pronoun(Mention m) {
        char gender = "she".equals(m.entity()) ? 'f' : 'm';
        Optional<Person> topic = topicOfOwnSentence(m, gender);
        if (topic.isPresent()) {
            return topic;
        }
        Optional<Person> own = subjectOfOwnSentence(m, gender);
        if (own.isPresent()) {
            return own;
        }
        Optional<Person> before = lastSalientBefore(sentenceStarts[m.sentence()], gender);
        if (before.isPresent()) {
            return before;
        }
        Optional<Person> inSentence = lastSalientBefore(m.start(), gender);
        return inSentence.isPresent() ? inSentence : lastNamedBefore(m.start(), gender);
    }

    /** "Consider the case of Ms. Vale. She says ...": the last person named, subject or not. */
    private Optional<Person> lastNamedBefore(int offset, char gender) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Mention m = named.get(i);
            if (m.start() < offset && m.person().compatible(gender)) {
                return Optional.of(m.person());
            }
        }
        return Optional.empty();
    }

    /** "As for Berg, he said he is not worried": the person a sentence opens with as its topic. */
    private Optional<Person> topicOfOwnSentence(Mention m, char gender) {
        List<Token> t = sentences.get(m.sentence()).tokens();
        if (t.size() < 4 || !t.get(0).text().equalsIgnoreCase("as") || !t.get(1).text().equalsIgnoreCase("for")) {
            return Optional.empty();
        }
        for (Mention other : named) {
            if (other.sentence() == m.sentence() && other.firstToken() == 2 && other.lastToken() < m.firstToken()
                    && t.get(other.lastToken() + 1).text().equals(",")) {
                return Optional.of(other.person()).filter(p -> p.compatible(gender));
            }
        }
        return Optional.empty();
    }

    /**
     * "NAME started the row when he brought up ...", "NAME appeared to dismiss it, when he told
     * ...": a pronoun inside a later clause of a sentence that a person opens stands for that
     * person. Not so right after a comma or quote ("X has failed, he claimed"), where the words
     * before are what the pronoun's person says of someone else.
     */
    private Optional<Person> subjectOfOwnSentence(Mention m, char gender) {
        Mention subject = openingSubjects.get(m.sentence());
        if (subject == null || subject.start() >= m.start() || m.firstToken() == 0) {
            return Optional.empty();
        }
        List<Token> t = sentences.get(m.sentence()).tokens();
        Token before = t.get(m.firstToken() - 1);
        boolean afterWords = before.text().equals(",") || before.isClosingQuoteMark();
        if (afterWords && !quotesBetween(t, subject, m)) {
            return Optional.empty();
        }
        Optional<Person> p = subject.kind() == Mention.Kind.PERSON ? Optional.of(subject.person()) : role(subject);
        return p.filter(person -> person.compatible(gender));
    }

    /**
     * "Ann Vale weighed in on Monday, telling the paper, "They are both qualified," she said": the
     * subject stands before the quotation, outside it, so the pronoun after it is the subject's;
     * in ""Mr Berg has failed," she said" the name is inside the quoted words.
     */
    private static boolean quotesBetween(List<Token> t, Mention subject, Mention pronoun) {
        for (int k = 0; k < subject.firstToken(); k++) {
            if (t.get(k).isDoubleQuoteMark()) {
                return false;
            }
        }
        for (int k = subject.lastToken() + 1; k < pronoun.firstToken(); k++) {
            if (t.get(k).isDoubleQuoteMark()) {
                return true;
            }
        }
        return false;
    }


    private Optional<Person> lastSalientBefore(int offset, char gender) {
        for (int i = salientOffsets.size() - 1; i >= 0; i--) {
            if (salientOffsets.get(i)[0] < offset && salientPersons.get(i).compatible(gender)) {
                return Optional.of(salientPersons.get(i));
            }
        }
        return Optional.empty();
    }

    /** The person the sentence before this offset is about, if any: for a quote that names no one. */
    Optional<Person> subjectOfSentenceBefore(int sentence) {
        if (sentence <= 0) {
            return Optional.empty();
        }
        int from = sentenceStarts[sentence - 1];
        int to = sentenceStarts[sentence];
        for (int i = salientOffsets.size() - 1; i >= 0; i--) {
            int at = salientOffsets.get(i)[0];
            if (at >= from && at < to) {
                return Optional.of(salientPersons.get(i));
            }
        }
        return Optional.empty();
    }
}
