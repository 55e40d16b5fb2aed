package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.treatybriefing.nlp.AnalyzedText;
import org.treatybriefing.nlp.Chunker;
import org.treatybriefing.nlp.Sentence;
import org.treatybriefing.nlp.Token;

/**
 * Finds who and what each sentence names, outside quotation marks: persons (with the title,
 * state and organisation the text gives them), roles ("the Chilean president"), pronouns,
 * organisations, states and treaties. Persons are recognised from their context (a title, an
 * apposition, a speech verb, "according to"), never from a list of names.
 */
final class MentionFinder {

    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}&]{1,5}");
    private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "then");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Possessives that may open an apposition giving a role: "NAME, its minister for ...". */
    private static final Set<String> POSSESSIVE_OPENERS = Set.of("its", "his", "her", "their");
    /** Honorifics say whether "he" or "she" can refer to the person. */
    private static final java.util.Map<String, Character> HONORIFIC_GENDER = java.util.Map.of(
            "mr", 'm', "sir", 'm', "lord", 'm', "mrs", 'f', "ms", 'f', "miss", 'f', "lady", 'f', "dame", 'f',
            "baroness", 'f');

    private final Vocabulary vocabulary;

    MentionFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Mention> find(AnalyzedText text, QuoteMask mask, People people) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (text.paragraphs().get(sentence.paragraph()).boilerplate()) {
                continue;
            }
            find(sentence, mask, people, mentions);
        }
        return mentions;
    }

    private void find(Sentence s, QuoteMask mask, People people, List<Mention> out) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (mask.inside(t.get(i).start())) {
                i++;
                continue;
            }
            int next = mentionAt(s, i, people, mask, out);
            i = Math.max(next, i + 1);
        }
    }

    /** Reads the mention starting at token i, if any; returns the index after it. */
    private int mentionAt(Sentence s, int i, People people, QuoteMask mask, List<Mention> out) {
        List<Token> t = s.tokens();
        Token first = t.get(i);
        String lower = first.text().toLowerCase();
        if (PRONOUNS.contains(lower)) {
            out.add(mention(Mention.Kind.PRONOUN, s, i, i, null, lower, isSubject(t, i)));
            return i + 1;
        }
        boolean hasArticle = ARTICLES.contains(lower);
        int j = hasArticle ? i + 1 : i;
        boolean former = j < t.size() && FORMER.contains(t.get(j).text().toLowerCase());
        if (former) {
            j++;
        }
        Modifiers mod = modifiers(t, j);
        int k = mod.end();
        Optional<Vocabulary.TitleMatch> title = k < t.size() ? vocabulary.titleAt(t, k).filter(m -> !isHonorific(m)) : Optional.empty();
        int afterTitle = k + title.map(Vocabulary.TitleMatch::tokens).orElse(0);
        char gender = 0;
        int nameStart = afterTitle;
        while (nameStart < t.size()) {
            Optional<Vocabulary.TitleMatch> h = vocabulary.titleAt(t, nameStart).filter(MentionFinder::isHonorific);
            if (h.isEmpty()) {
                break;
            }
            gender = gender != 0 ? gender : HONORIFIC_GENDER.getOrDefault(h.get().title().toLowerCase().replace(".", ""), (char) 0);
            nameStart += h.get().tokens();
            if (nameStart < t.size() && t.get(nameStart).text().equals(".")) {
                nameStart++;
            }
        }
        boolean honorific = nameStart > afterTitle;
        int nameEnd = nameStart < t.size() ? nameRunEnd(t, nameStart) : nameStart;
        int nameLength = nameEnd - nameStart;
        boolean named = nameLength > 0 && vocabulary.stateAt(t, nameStart).filter(m -> m.tokens() == nameLength).isEmpty();

        if (named && (title.isPresent() || honorific)) {
            String name = Vocabulary.phrase(t, nameStart, nameEnd - nameStart, false);
            Person p = people.named(name);
            title.ifPresent(tm -> {
                p.titled((former ? "Former " : "") + capitalise(tm.title()));
                p.typed(tm.type());
                p.gendered(genderOfTitle(tm.title()));
            });
            if (gender != 0) {
                p.gendered(gender);
            }
            mod.state().filter(m -> !m.state().bloc()).ifPresent(m -> p.speakingFor(m.state().name()));
            if (!mod.organization().isEmpty()) {
                p.workingFor(mod.organization());
                if (title.map(tm -> !"official".equals(tm.type())).orElse(true)) {
                    vocabulary.organizationKind(mod.organization()).filter("research"::equals).ifPresent(x -> p.typed("analyst"));
                }
            }
            int end = apposition(t, nameEnd, p);
            out.add(mention(Mention.Kind.PERSON, s, hasArticle ? i + 1 : i, nameEnd - 1, p, name, isSubject(t, i)));
            return end;
        }
        boolean spokesperson = title.filter(tm -> Vocabulary.isSpokesperson(tm.title())).isPresent();
        if (title.isPresent() && nameEnd == nameStart
                && (lower.equals("the") || mod.state().isPresent() || spokesperson && hasArticle)) {
            String role = mod.state().map(m -> m.state().name()).orElse(mod.organization());
            int end = afterTitle;
            if (spokesperson && role.isEmpty()) {
                // "a spokesman for ORG": whom an unnamed spokesperson speaks for
                int orgStart = forOrganization(t, afterTitle);
                if (orgStart >= 0) {
                    end = orgRunEnd(t, orgStart);
                    role = Vocabulary.phrase(t, orgStart, end - orgStart, false);
                }
            }
            String text = Vocabulary.phrase(t, i, end - i, false);
            out.add(new Mention(Mention.Kind.ROLE, t.get(i).start(), t.get(end - 1).end(), i, end - 1,
                    s.index(), text, null, role + "|" + title.get().title().toLowerCase(), isSubject(t, i)));
            return end;
        }
        if (lower.equals("the") && i + 1 < t.size()) {
            // "the ministry said": the organisation of that kind the article named last
            Optional<Mention> earlier = namedBefore(t.get(i + 1), out);
            if (earlier.isPresent()) {
                out.add(mention(Mention.Kind.ORGANIZATION, s, i, i + 1, null, earlier.get().entity(), isSubject(t, i)));
                return i + 2;
            }
        }
        if (hasArticle) {
            return i + 1;
        }
        // "Weaver says": a known surname, which the tagger may take for a pronoun or a noun
        int end = people.isSurnameOfSomeone(first.text()) ? Math.max(i + 1, nameRunEnd(t, i)) : nameRunEnd(t, i);
        if (end == i) {
            return organizationOpeningTheSentence(s, i, out);
        }
        if (i == 0 && end - i >= 2 && vocabulary.opensWithSpeechVerb(t)) {
            return i + 1; // "Said Ann Vale, ...": the verb opens the sentence, the name follows
        }
        if (vocabulary.isPartyLabel(t.get(i).text())
                && (opensWithAFirstName(t, i + 1, end) || people.find(Vocabulary.phrase(t, i + 1, end - i - 1, false)).isPresent())) {
            return i + 1; // "Democrat Ann Vale said": the label qualifies the person named after it
        }
        String run = Vocabulary.phrase(t, i, end - i, false);
        // "Cuban said" after "Mark Cuban": the surname of someone named, not a demonym
        Optional<Vocabulary.StateMatch> whole = vocabulary.stateAt(t, i).filter(m -> m.tokens() == end - i)
                .filter(m -> !people.isSurnameOfSomeone(run));
        if (whole.isPresent()) {
            Vocabulary.StateMatch m = whole.get();
            boolean seat = m.seatOfGovernment();
            out.add(mention(seat ? Mention.Kind.ORGANIZATION : Mention.Kind.STATE, s, i, end - 1, null,
                    seat ? run : m.state().name(), isSubject(t, i)));
            return end;
        }
        if (vocabulary.isRegion(run)) {
            return end; // "Salem, New Hampshire, Tom Berg said": a place, no speaker
        }
        if (vocabulary.isTreatyTerm(t.get(end - 1).text())) {
            out.add(mention(Mention.Kind.TREATY, s, i, end - 1, null, run, isSubject(t, i)));
            return end;
        }
        int orgEnd = orgRunEnd(t, i);
        String orgName = Vocabulary.phrase(t, i, orgEnd - i, false);
        // "Ann Vale of the Harbour Institute": a person and her affiliation, not an organisation so named
        boolean personOfOrganization = orgEnd > end && (opensWithAFirstName(t, i, end) || people.find(run).isPresent());
        if (!personOfOrganization && (vocabulary.organizationKind(orgName).isPresent() || initialsAsSubject(t, i, end, run)
                || (i > 0 && t.get(i - 1).text().equalsIgnoreCase("the")))) {
            out.add(mention(Mention.Kind.ORGANIZATION, s, i, orgEnd - 1, null, orgName, isSubject(t, i)));
            return orgEnd;
        }
        Optional<Person> known = people.find(run);
        if (known.isPresent() || looksLikePerson(t, i, end, mask) || opensWithAFirstName(t, i, end)) {
            Person p = known.orElseGet(() -> people.named(run));
            int after = apposition(t, end, p);
            out.add(mention(Mention.Kind.PERSON, s, i, end - 1, p, run, isSubject(t, i)));
            return after;
        }
        if (end - i >= 2 && end - i <= 3 && allProperNouns(t, i, end)) {
            people.candidate(run);
        }
        return end;
    }

    /**
     * The tagger calls an unknown first word of a sentence a noun ("Telora Bank backed the
     * cuts"): an organisation's name all the same when the words after it make one.
     */
    private int organizationOpeningTheSentence(Sentence s, int i, List<Mention> out) {
        List<Token> t = s.tokens();
        if (i != 0 || t.size() < 2 || !t.get(0).isCapitalised() || !vocabulary.isNameWord(t, 1)
                || !("NOUN".equals(t.get(0).pos()) || "ADJ".equals(t.get(0).pos()))) {
            return i + 1;
        }
        int end = orgRunEnd(t, 1);
        for (int k = 0; k <= end; k++) {
            if (titleFollows(t, k)) {
                return i + 1; // "Central Bank governor NAME" is read from "Bank" on, as a person's modifiers
            }
        }
        String name = Vocabulary.phrase(t, 0, end, false);
        if (vocabulary.organizationKind(name).isEmpty()) {
            return i + 1;
        }
        out.add(mention(Mention.Kind.ORGANIZATION, s, 0, end - 1, null, name, true));
        return end;
    }

    /** Index of ORG in "for ORG" / "of the ORG" / "at ORG" right at k, or -1. */
    private int forOrganization(List<Token> t, int k) {
        if (k + 1 >= t.size()) {
            return -1;
        }
        String w = t.get(k).text().toLowerCase();
        if (!(w.equals("for") || w.equals("of") || w.equals("at"))) {
            return -1;
        }
        int orgStart = t.get(k + 1).text().equalsIgnoreCase("the") ? k + 2 : k + 1;
        if (orgStart >= t.size() || !vocabulary.isNameWord(t, orgStart)) {
            return -1;
        }
        // "for Leeds's Harbour Centre": the organisation is the name after a place's possessive;
        // "of the IMF's European Department": a known organisation stays the one named
        int runEnd = nameRunEnd(t, orgStart);
        boolean owned = runEnd + 1 < t.size() && t.get(runEnd).isPossessiveMark() && vocabulary.isNameWord(t, runEnd + 1);
        return owned && vocabulary.organizationKind(Vocabulary.phrase(t, orgStart, runEnd - orgStart, false)).isEmpty()
                ? runEnd + 1 : orgStart;
    }

    /**
     * "the ministry", "the bank": a common noun that marks organisations stands for the last
     * organisation named before it whose name holds that word ("the Finance Ministry"), unless
     * another organisation has stood as a subject since.
     */
    private Optional<Mention> namedBefore(Token noun, List<Mention> before) {
        String word = noun.text();
        if (!"NOUN".equals(noun.pos()) || word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return Optional.empty();
        }
        String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        if (vocabulary.organizationKind(capitalised).isEmpty()) {
            return Optional.empty();
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (m.kind() != Mention.Kind.ORGANIZATION) {
                continue;
            }
            if (List.of(m.entity().split(" ")).contains(capitalised)) {
                return Optional.of(m);
            }
            if (m.subject()) {
                return Optional.empty(); // another organisation has been speaking since: "the bank" may be it
            }
        }
        return Optional.empty();
    }

    /** What stands before a title: a state or demonym ("Chilean"), or an organisation ("MAB spokesman", "ORG's fellow"). */
    private record Modifiers(int end, Optional<Vocabulary.StateMatch> state, String organization) {
    }

    private Modifiers modifiers(List<Token> t, int j) {
        if (j >= t.size()) {
            return new Modifiers(j, Optional.empty(), "");
        }
        Optional<Vocabulary.StateMatch> state = vocabulary.stateAt(t, j);
        if (state.isPresent()) {
            int end = j + state.get().tokens();
            if (end < t.size() && t.get(end).isPossessiveMark()) {
                end++;
            }
            return new Modifiers(end, state, "");
        }
        int runEnd = nameRunEnd(t, j);
        if (runEnd == j && j == 0 && t.get(j).isCapitalised() && titleFollows(t, j + 1)
                && vocabulary.titleAt(t, j).isEmpty()) {
            runEnd = j + 1; // a sentence opens with the organisation: "Conservative shadow minister NAME"
        }
        if (runEnd > j && runEnd < t.size() && t.get(runEnd).isPossessiveMark() && titleFollows(t, runEnd + 1)) {
            return new Modifiers(runEnd + 1, Optional.empty(), Vocabulary.phrase(t, j, runEnd - j, false));
        }
        // a title right after the whole capitalised run: the run is an organisation even when it
        // starts with a title's word ("Premier League spokesman", "White House spokeswoman")
        if (runEnd > j + 1 && titleFollows(t, runEnd)) {
            return new Modifiers(runEnd, Optional.empty(), Vocabulary.phrase(t, j, runEnd - j, false));
        }
        // a title inside a capitalised run ("Tory MP Boris Johnson") or right after it ("MAB spokesman")
        for (int k = j + 1; k <= runEnd && k < t.size(); k++) {
            if (titleFollows(t, k) && vocabulary.titleAt(t, j).isEmpty()) {
                return new Modifiers(k, Optional.empty(), Vocabulary.phrase(t, j, k - j, false));
            }
        }
        return new Modifiers(j, Optional.empty(), "");
    }

    private boolean titleFollows(List<Token> t, int k) {
        return k < t.size() && vocabulary.titleAt(t, k).filter(m -> !isHonorific(m)).isPresent();
    }

    private static boolean isHonorific(Vocabulary.TitleMatch m) {
        return "honorific".equals(m.type());
    }

    private boolean allProperNouns(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.get(k).isProperNoun()) {
                return false;
            }
        }
        return vocabulary.organizationKind(Vocabulary.phrase(t, from, to - from, false)).isEmpty();
    }

    /**
     * A name run with no title is a person when the text treats it as one: a speech verb right
     * after it ("Okafor told"), "said NAME", "according to NAME", or an apposition giving a role.
     */
    private boolean looksLikePerson(List<Token> t, int start, int end, QuoteMask mask) {
        if (end - start == 1) {
            Token only = t.get(start);
            if (only.text().contains("'") || only.text().contains("’")) {
                return false;
            }
            if (!only.isProperNoun()) {
                // the tagger may call an unseen surname an adjective: trust it only before a speech verb
                return start > 0 && vocabulary.speechVerbWithin(t, end);
            }
        }
        if (vocabulary.speechVerbWithin(t, end)) {
            return true;
        }
        if (isSubjectOfASpeechVerb(t, start, end)) {
            return true;
        }
        // "The charity's director, NAME SURNAME, said": a name set off by commas before a speech verb
        if (start > 0 && t.get(start - 1).text().equals(",") && end + 1 < t.size() && t.get(end).text().equals(",")
                && end - start >= 2 && allProperNouns(t, start, end) && vocabulary.speechVerbWithin(t, end + 1)) {
            return true;
        }
        // "..., said Ann Vale." / "said Ann Vale, a fellow": the name ends the clause; in "said New
        // Hampshire voters ..." it only modifies what follows
        boolean endsClause = end >= t.size() || "PUNCT".equals(t.get(end).pos());
        if (start > 0 && vocabulary.isSpeechVerb(t.get(start - 1)) && !t.get(start - 1).text().endsWith("ing") && endsClause) {
            return true;
        }
        if (start > 1 && t.get(start - 1).text().equalsIgnoreCase("to")
                && t.get(start - 2).text().equalsIgnoreCase("according")) {
            return true;
        }
        if (end + 2 < t.size() && t.get(end).text().equals(",")) {
            String det = t.get(end + 1).text().toLowerCase();
            int k = ARTICLES.contains(det) || POSSESSIVE_OPENERS.contains(det) ? end + 2 : end + 1;
            // "Corvana, its chief executive NAME": after "its" a one-word name is usually an organisation
            boolean possessive = POSSESSIVE_OPENERS.contains(det);
            if (k < t.size() && vocabulary.titleAt(t, k + (vocabulary.stateAt(t, k).map(Vocabulary.StateMatch::tokens).orElse(0)))
                    .filter(m -> !isHonorific(m)).isPresent()
                    && (!possessive || end - start >= 2 && vocabulary.speechVerbAfterApposition(t, end))) {
                return true;
            }
            // "NAME, a Skyline spokesman told ...": an organisation's name before the title
            if (end - start >= 2 && k + 1 < t.size() && vocabulary.isNameWord(t, k)
                    && titleFollows(t, nameRunEnd(t, k)) && vocabulary.speechVerbAfterApposition(t, end)) {
                return true;
            }
            // "NAME, from the Institute for Fiscal Studies, told ..."
            for (int c = end + 1; c < Math.min(t.size(), end + 16); c++) {
                if (t.get(c).text().equals(",")) {
                    return end - start >= 2 && vocabulary.speechVerbWithin(t, c + 1);
                }
            }
        }
        return false;
    }

    /**
     * "Ann Vale, 18, from Lisbon, disagrees": two or three proper nouns opening with a common
     * first name (first-names.tsv) are a person, wherever they stand.
     */
    private boolean opensWithAFirstName(List<Token> t, int start, int end) {
        return end - start >= 2 && end - start <= 3 && allProperNouns(t, start, end)
                && vocabulary.lexicons().genderOfFirstName(t.get(start).text()) != 0;
    }

    /**
     * "NAME, a close friend of Ms Other who was her chief of staff, said": a name of two words or
     * more that the shallow syntax reads as the subject of a speech verb later in the sentence.
     */
    private boolean isSubjectOfASpeechVerb(List<Token> t, int start, int end) {
        if (end - start < 2 || end >= t.size() || !t.get(end).text().equals(",")) {
            return false;
        }
        for (int v = end + 2; v < t.size(); v++) {
            if (vocabulary.isSpeechVerb(t, v)) {
                int[] subject = Chunker.subjectOf(t, v);
                return subject != null && subject[0] <= start && subject[1] == end - 1;
            }
        }
        return false;
    }

    /**
     * ", the director of PROGRAM at ORG," / ", a senior fellow at ORG," / " of ORG": reads the
     * title and organisation into the person; returns the index after the apposition.
     */
    private int apposition(List<Token> t, int end, Person p) {
        if (end < t.size() - 1 && t.get(end).text().equalsIgnoreCase("of") && vocabulary.isNameWord(t, end + 1)) {
            int orgStart = t.get(end + 1).text().equals("The") ? end + 2 : end + 1;
            int orgEnd = orgRunEnd(t, orgStart);
            String org = Vocabulary.phrase(t, orgStart, orgEnd - orgStart, false);
            if (vocabulary.organizationKind(org).isPresent()) {
                p.workingFor(org);
                vocabulary.organizationKind(org).filter("research"::equals).ifPresent(k -> p.typed("analyst"));
                return orgEnd;
            }
            return end;
        }
        if (end + 2 >= t.size() || !t.get(end).text().equals(",")) {
            return end;
        }
        int k = end + 1;
        String det = t.get(k).text().toLowerCase();
        if (det.equals("the") || det.equals("a") || det.equals("an")) {
            k++;
        }
        int close = k;
        while (close < t.size() && !t.get(close).text().equals(",") && !t.get(close).isVerb()
                && !t.get(close).text().equals(".") && !isRelativePronoun(t.get(close)) && close - k < 25) {
            close++;
        }
        if (close == k) {
            return end;
        }
        int stateLen = vocabulary.stateAt(t, k).map(Vocabulary.StateMatch::tokens).orElse(0);
        Optional<Vocabulary.TitleMatch> title = vocabulary.titleAt(t, k + stateLen);
        Optional<Vocabulary.TitleMatch> headTitle = title.isPresent() ? title : titleWithin(t, k, close);
        if (title.filter(MentionFinder::isHonorific).isPresent()) {
            return end; // "for Mr. Lund, Mr. Daley said": another person, the subject of what follows
        }
        if (headTitle.isEmpty()) {
            return researchBodyWithoutTitle(t, k, close, p) ? close : end;
        }
        int at = -1;
        for (int m = k; m < close; m++) {
            int orgStart = forOrganization(t, m);
            if (orgStart < 0 || orgStart >= close) {
                continue;
            }
            String org = Vocabulary.phrase(t, orgStart, orgRunEnd(t, orgStart) - orgStart, false);
            // "at" names an employer; "of"/"for" only when the words are an organisation's
            if (t.get(m).text().equalsIgnoreCase("at") || vocabulary.organizationKind(org).isPresent()) {
                at = m;
                p.workingFor(org);
                boolean spokesperson = Vocabulary.isSpokesperson(headTitle.get().title());
                vocabulary.organizationKind(org).ifPresent(kind -> {
                    // a think tank's director or president speaks as an expert; its spokesman does not
                    if (kind.equals("research") && !spokesperson) {
                        p.typed("analyst");
                    } else if (kind.equals("media")) {
                        p.typed("media");
                    }
                });
                break;
            }
        }
        int titleStart = k + stateLen;
        if (stateLen > 0 && titleStart < close && t.get(titleStart).isPossessiveMark()) {
            titleStart++; // "Norway's defence minister": the title is "defence minister"
        }
        String titleText = Vocabulary.phrase(t, titleStart, (at >= 0 && at > k ? at : close) - titleStart, false);
        if (stateLen > 0) {
            vocabulary.stateAt(t, k).filter(m -> !m.state().bloc()).ifPresent(m -> p.speakingFor(m.state().name()));
        }
        p.titled(titleText);
        p.typed(headTitle.get().type());
        // "a former ambassador now at the Carnegie Endowment": an official no more, speaking as an
        // expert of a research body; a former governor or aide with no such body is not an analyst
        boolean atResearchBody = vocabulary.organizationKind(p.organization()).filter("research"::equals).isPresent();
        if (titleText.toLowerCase().contains("former") && headTitle.get().type().equals("official") && atResearchBody) {
            p.typed("analyst");
        }
        return close;
    }

    /**
     * ", now at the Harbour Institute," / ", of the Harbour Institute,": an apposition with no
     * title that places the person at a research body makes them an analyst of it.
     */
    private boolean researchBodyWithoutTitle(List<Token> t, int from, int close, Person p) {
        for (int m = from; m < close && m <= from + 2; m++) {
            int orgStart = forOrganization(t, m);
            if (orgStart < 0 || orgStart >= close) {
                continue;
            }
            String org = Vocabulary.phrase(t, orgStart, orgRunEnd(t, orgStart) - orgStart, false);
            if (vocabulary.organizationKind(org).filter("research"::equals).isPresent()) {
                p.workingFor(org);
                p.typed("analyst");
                return true;
            }
        }
        return false;
    }

    /** "a strategist who ..." : the title ends where a relative clause begins. */
    private static boolean isRelativePronoun(Token t) {
        String w = t.text().toLowerCase();
        return w.equals("who") || w.equals("which") || w.equals("whose") || w.equals("whom");
    }

    private Optional<Vocabulary.TitleMatch> titleWithin(List<Token> t, int from, int to) {
        for (int m = from; m < Math.min(to, from + 4); m++) {
            Optional<Vocabulary.TitleMatch> tm = vocabulary.titleAt(t, m);
            if (tm.isPresent()) {
                return tm;
            }
        }
        return Optional.empty();
    }

    /**
     * "HP asked workers to ...": one word in capitals standing as a subject is an organisation's
     * initials, not a person; "NBC's Ann Vale" is Ann Vale's, "said on TV" names no speaker.
     */
    private static boolean initialsAsSubject(List<Token> t, int i, int end, String run) {
        return ACRONYM.matcher(run).matches() && isSubject(t, i) && (end >= t.size() || !t.get(end).isPossessiveMark());
    }

    /** "Assemblywoman Ann Vale" is a "she", "Congressman Tom Berg" a "he"; most titles say neither. */
    private static char genderOfTitle(String title) {
        String lower = title.toLowerCase();
        return lower.endsWith("woman") ? 'f' : lower.endsWith("man") ? 'm' : 0;
    }

    /** End of a run of name words starting at i (connectors like "al" inside). */
    private int nameRunEnd(List<Token> t, int i) {
        int k = i;
        while (k < t.size()) {
            if (vocabulary.isNameWord(t, k)) {
                k++;
            } else if (k > i && k + 1 < t.size() && (vocabulary.isNameConnector(t, k) || t.get(k).text().equals("-"))
                    && vocabulary.isNameWord(t, k + 1)) {
                k++;
            } else if (k > i && k + 2 < t.size() && vocabulary.isNameConnector(t, k) && t.get(k + 1).text().equals("-")
                    && vocabulary.isNameWord(t, k + 2)) {
                k += 2; // Omar al-Rashid
            } else {
                break;
            }
        }
        return k;
    }

    /** Organisation names may hold lower-case words: "Center for a New American Security". */
    private int orgRunEnd(List<Token> t, int i) {
        int k = nameRunEnd(t, i);
        while (k + 1 < t.size()) {
            String w = t.get(k).text();
            if ((w.equals("for") || w.equals("of") || w.equals("on") || w.equals("&"))
                    && (vocabulary.isNameWord(t, k + 1) || (k + 2 < t.size() && (t.get(k + 1).text().equals("a") || t.get(k + 1).text().equals("the")) && vocabulary.isNameWord(t, k + 2)))) {
                int from = vocabulary.isNameWord(t, k + 1) ? k + 1 : k + 2;
                k = nameRunEnd(t, from);
            } else if (w.equals("and") && vocabulary.isNameWord(t, k + 1) && joinsOneOrganization(t, i, k)) {
                k = nameRunEnd(t, k + 1); // "Finance and Economy Ministry"
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * "Finance and Economy Ministry" is one body of government, "Barclays and Lloyds Bank" two
     * banks: "and" joins when the words before it name no organisation by themselves and those
     * after it end with a word that marks an organ of government (Ministry, Department,
     * Commission, ...), whose names are often so built.
     */
    private boolean joinsOneOrganization(List<Token> t, int start, int and) {
        int afterEnd = nameRunEnd(t, and + 1);
        return vocabulary.organizationKind(Vocabulary.phrase(t, start, and - start, false)).isEmpty()
                && vocabulary.organizationKind(t.get(afterEnd - 1).text()).filter("government"::equals).isPresent();
    }

    /** Subject position: not right after a preposition or a verb (ignoring a determiner or title). */
    private static boolean isSubject(List<Token> t, int i) {
        int k = i - 1;
        while (k >= 0 && ("DET".equals(t.get(k).pos()) || "ADJ".equals(t.get(k).pos()))) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        Token prev = t.get(k);
        return !("ADP".equals(prev.pos()) || "VERB".equals(prev.pos()) || prev.text().equalsIgnoreCase("to"));
    }

    private static Mention mention(Mention.Kind kind, Sentence s, int first, int last, Person p, String entity, boolean subject) {
        List<Token> t = s.tokens();
        return new Mention(kind, t.get(first).start(), t.get(last).end(), first, last, s.index(),
                Vocabulary.phrase(t, first, last - first + 1, false), p, entity, subject);
    }

    private static String capitalise(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        boolean up = true;
        for (char c : title.toCharArray()) {
            sb.append(up ? Character.toUpperCase(c) : c);
            up = c == ' ';
        }
        return sb.toString();
    }
}
