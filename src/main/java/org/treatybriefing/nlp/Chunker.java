package org.treatybriefing.nlp;

import java.util.List;
import java.util.Set;

/**
 * A shallow syntax of one tagged sentence, read from the UD tags alone: noun phrases (a head noun,
 * proper noun or pronoun with its determiners, modifiers, possessives and "of"-phrases) and the
 * edges of clauses (commas, conjunctions, relative pronouns). Enough to find who a speech verb's
 * subject is and where the reported words end, without a parser. Token indexes are the
 * sentence's; an end index is exclusive.
 */
public final class Chunker {

    /** Pronouns that stand for a whole noun phrase ("he said", "they argue"). */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they");
    /** Pronouns that open a relative clause: "NAME, who chairs the board, said". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose", "whom", "that");
    /** Words that join two noun phrases into one subject: "Democrats and Republicans said". */
    private static final Set<String> NOUN_JOINERS = Set.of("of", "and", "&");
    /** Conjunctions that open a clause before the main one: "After Berg said ..., Vale said ...". */
    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "while", "although", "though",
            "because", "if", "before", "since", "once", "whereas", "until", "unless");
    /** Heads of a noun phrase that says when, not who: "last month", "this week", "on Tuesday". */
    private static final Set<String> TIME_WORDS = Set.of("week", "month", "year", "day", "night", "morning",
            "afternoon", "evening", "weekend", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "time", "years", "decades", "months", "weeks", "days", "hours");
    /** Months that are not also names or verbs (May, June, April, March are left out). */
    private static final Set<String> MONTHS = Set.of("january", "february", "july", "september", "october",
            "november", "december");
    /** Longest apposition between a subject and its verb: "NAME, the group's deputy director, said". */
    private static final int MAX_APPOSITION = 25;
    /** An apposition after a name that opens the sentence may run longer, holding commas of its own. */
    private static final int MAX_OPENING_APPOSITION = 40;
    /** The longest noun phrase read, in tokens: a subject is rarely longer. */
    private static final int MAX_PHRASE = 14;

    private Chunker() {
    }

    /**
     * The first token of the noun phrase whose last token is {@code last}, or -1 when no noun
     * phrase ends there. "the group's deputy director" ending at "director" starts at "the";
     * "harbour engineers" at "harbour"; "the head of the agency" at the first "the";
     * "he" is a phrase of its own.
     */
    public static int nounPhraseStart(List<Token> t, int last) {
        if (last < 0 || last >= t.size() || !isHead(t.get(last))) {
            return -1;
        }
        if (isPersonalPronoun(t.get(last))) {
            return last;
        }
        int start = last;
        for (int k = last - 1; k >= 0 && last - k < MAX_PHRASE; k--) {
            Token tok = t.get(k);
            boolean opened = opensPhrase(t.get(start)) && start < last;
            if (opened && !NOUN_JOINERS.contains(tok.text().toLowerCase())) {
                break; // "the figures her campaign released": "her" opens a phrase of its own
            }
            if (isModifier(tok) || tok.isPossessiveMark() || isInitialStop(t, k) || isInnerHyphen(t, k)) {
                start = k;
            } else if (NOUN_JOINERS.contains(tok.text().toLowerCase()) && k > 0 && isHead(t.get(k - 1))
                    && !isPersonalPronoun(t.get(k - 1))) {
                start = k; // "the head of the agency", "Democrats and Republicans"
            } else {
                break;
            }
        }
        return start;
    }

    /**
     * The end (exclusive) of the noun phrase starting at {@code first}, or -1 when none starts
     * there: "Steven Vale, a professor" read from "Steven" ends after "Vale".
     */
    public static int nounPhraseEnd(List<Token> t, int first) {
        if (first < 0 || first >= t.size()) {
            return -1;
        }
        if (isPersonalPronoun(t.get(first))) {
            return first + 1;
        }
        int end = -1;
        for (int k = first; k < t.size() && k - first < MAX_PHRASE; k++) {
            Token tok = t.get(k);
            if (isHead(tok) && !isPersonalPronoun(tok)) {
                end = k + 1;
            } else if (!(isModifier(tok) || tok.isPossessiveMark() || isInitialStop(t, k) || isInnerHyphen(t, k))) {
                break;
            }
        }
        return end;
    }

    /**
     * Where a clause that starts at {@code from} ends: at the sentence's end, a semicolon, a comma
     * before a participle or conjunction that starts another statement (", adding that ...",
     * ", but he said ..."), or a conjunction before a full verb ("... and urged them to act").
     * Trailing punctuation is left out.
     */
    public static int clauseEnd(List<Token> t, int from) {
        int end = t.size();
        for (int k = from; k < t.size(); k++) {
            String w = t.get(k).text();
            if (w.equals(";") || (w.equals(",") && k + 1 < t.size() && startsAnotherStatement(t, k + 1))
                    || k > from && joinsAnotherVerb(t, k)) {
                end = k;
                break;
            }
        }
        return trimPunctuation(t, from, end);
    }

    /** The end of tokens from..to less their trailing punctuation. */
    public static int trimPunctuation(List<Token> t, int from, int to) {
        while (to > from && "PUNCT".equals(t.get(to - 1).pos())) {
            to--;
        }
        return to;
    }

    /** Whether any of the tokens from..to is a verb. */
    public static boolean hasVerb(List<Token> t, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, t.size()); k++) {
            if (t.get(k).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** ", adding that ...", ", saying ...", ", but ...", ", while ...": another statement starts at k. */
    static boolean startsAnotherStatement(List<Token> t, int k) {
        Token tok = t.get(k);
        String w = tok.text().toLowerCase();
        boolean participle = tok.isVerb() && w.endsWith("ing");
        return participle || w.equals("but") || w.equals("while") || w.equals("whereas");
    }

    /** The token before a bracketed aside ending at k ("(D-Ohio)"), or k. */
    public static int beforeBrackets(List<Token> t, int k) {
        if (k < 0 || !t.get(k).text().equals(")")) {
            return k;
        }
        for (int o = k - 1; o >= Math.max(0, k - 8); o--) {
            if (t.get(o).text().equals("(")) {
                return o - 1;
            }
        }
        return k;
    }

    /** The token after a bracketed aside starting at k, or k. */
    public static int afterBrackets(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).text().equals("(")) {
            return k;
        }
        for (int c = k + 1; c < Math.min(t.size(), k + 8); c++) {
            if (t.get(c).text().equals(")")) {
                return c + 1;
            }
        }
        return k;
    }

    /** "... and urged lawmakers to ratify it": a conjunction before a full verb starts another act. */
    static boolean joinsAnotherVerb(List<Token> t, int k) {
        return "CCONJ".equals(t.get(k).pos()) && k + 1 < t.size() && "VERB".equals(t.get(k + 1).pos());
    }

    /**
     * "53% said", "One in three said", "39 have said": a number or share of people opening its
     * clause is the subject (poll reports speak so). A number inside a clause ("in 2016 said") is not.
     */
    private static int[] shareOpeningTheClause(List<Token> t, int last) {
        int first = last;
        boolean number = false;
        while (first >= 0 && isShareWord(t.get(first))) {
            number |= "NUM".equals(t.get(first).pos());
            first--;
        }
        first++;
        if (!number || first > last || !opensClause(t, first) || t.get(first).text().equalsIgnoreCase("in")) {
            return null;
        }
        return new int[]{first, last};
    }

    private static boolean isShareWord(Token t) {
        String w = t.text().toLowerCase();
        return "NUM".equals(t.pos()) || w.equals("%") || w.equals("percent") || w.equals("in");
    }

    /** A word that says when, not who: "Thursday", "last month". */
    public static boolean isTimeWord(Token t) {
        return TIME_WORDS.contains(t.text().toLowerCase()) || MONTHS.contains(t.text().toLowerCase());
    }

    /** A personal pronoun ("he", "they"): a noun phrase by itself. */
    public static boolean isPersonalPronoun(Token t) {
        return PERSONAL_PRONOUNS.contains(t.text().toLowerCase());
    }

    /** A relative pronoun ("who", "which"): the start of a relative clause. */
    public static boolean isRelativePronoun(Token t) {
        return RELATIVE_PRONOUNS.contains(t.text().toLowerCase());
    }

    private static boolean isHead(Token t) {
        String pos = t.pos();
        return "NOUN".equals(pos) || "PROPN".equals(pos) || "NUM".equals(pos) && t.text().chars().allMatch(Character::isLetter)
                || isPersonalPronoun(t);
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return "NOUN".equals(pos) || "PROPN".equals(pos) || "ADJ".equals(pos) || "NUM".equals(pos)
                || "DET".equals(pos) && !t.text().equalsIgnoreCase("that")
                || "PRON".equals(pos) && isPossessivePronoun(t);
    }

    /** A determiner or possessive pronoun opens a noun phrase: nothing before it belongs to it. */
    private static boolean opensPhrase(Token t) {
        return "DET".equals(t.pos()) || "PRON".equals(t.pos()) && isPossessivePronoun(t);
    }

    private static boolean isPossessivePronoun(Token t) {
        String w = t.text().toLowerCase();
        return w.equals("his") || w.equals("her") || w.equals("their") || w.equals("its") || w.equals("our")
                || w.equals("my") || w.equals("your");
    }


    /** The full stop of an initial or abbreviation inside a name: "Ann J. Vale", "Mr. Berg". */
    private static boolean isInitialStop(List<Token> t, int k) {
        return t.get(k).text().equals(".") && k > 0 && k + 1 < t.size()
                && Character.isUpperCase(t.get(k + 1).text().isEmpty() ? 'a' : t.get(k + 1).text().charAt(0))
                && t.get(k - 1).text().length() <= 3 && Character.isUpperCase(t.get(k - 1).text().charAt(0));
    }

    /**
     * "After Berg said the port was safe, Vale said ...": the index just past the comma that closes
     * a clause opening the sentence with a subordinating conjunction; 0 when the sentence opens
     * otherwise or no comma closes the clause.
     */
    public static int openingSubordinateClauseEnd(List<Token> t) {
        if (t.isEmpty() || !SUBORDINATORS.contains(t.get(0).text().toLowerCase())) {
            return 0;
        }
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).text().equals(",")) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * Token index after a phrase that opens the sentence and says when, where or how, not who
     * speaks: a subordinate clause ({@link #openingSubordinateClauseEnd}), a participle phrase
     * ("Asked by Ann Vale about the plan, Berg said", "Responding to Vale, Berg wrote") or a
     * prepositional one ("At the debate, Berg said"), up to its comma; 0 when there is none.
     * "According to ..." names a source and is not such a phrase.
     */
    public static int openingAdverbialEnd(List<Token> t) {
        int clause = openingSubordinateClauseEnd(t);
        if (clause > 0 || t.size() < 3) {
            return clause;
        }
        Token first = t.get(0);
        String lower = first.text().toLowerCase();
        // the tagger may call an opening participle a noun: "Responding/NOUN to Berg's remarks, ..."
        boolean participle = first.isVerb() && lower.endsWith("ed")
                || lower.endsWith("ing") && lower.length() > 5 && !first.isProperNoun();
        boolean preposition = "ADP".equals(first.pos()) && !lower.equals("according");
        if (!participle && !preposition) {
            return 0;
        }
        for (int k = 1; k < t.size(); k++) {
            if (t.get(k).text().equals(",")) {
                return k + 1;
            }
            if (t.get(k).isDoubleQuoteMark()) {
                return 0; // "In his words: "..."": the quotation is in the phrase
            }
        }
        return 0;
    }


    /** Token k is the last part of a hyphenated word ("self-proclaimed"), an adjective whatever its tag. */
    public static boolean endsCompound(List<Token> t, int k) {
        return k >= 2 && isInnerHyphen(t, k - 1);
    }

    /** A hyphen between two words of one phrase: "vice-president", "Democratic-leaning". */
    private static boolean isInnerHyphen(List<Token> t, int k) {
        return t.get(k).text().equals("-") && k > 0 && k + 1 < t.size()
                && t.get(k).start() == t.get(k - 1).end() && t.get(k + 1).start() == t.get(k).end();
    }

    /**
     * The subject of verb v as {first, last} token indexes, or null: the noun phrase right before
     * it (past auxiliaries and adverbs: "has also said"), or before an apposition set off by
     * commas ("NAME, the party's chairman, said"), or before ", who" ("NAME, who chairs X, said").
     */
    public static int[] subjectOf(List<Token> t, int v) {
        int k = v - 1;
        while (k >= 0 && ("AUX".equals(t.get(k).pos()) || "ADV".equals(t.get(k).pos()) || "PART".equals(t.get(k).pos()))) {
            if ("be".equals(t.get(k).lemmaOrText()) && !t.get(v).text().endsWith("ing")) {
                return null; // "he was asked", "they were told": the subject listened ("is saying" spoke)
            }
            k--;
        }
        k = beforeBrackets(t, k); // "Rep. Ann Vale (D-Ohio) said"
        if (k < 0) {
            return null;
        }
        if (isRelativePronoun(t.get(k)) && k >= 2 && t.get(k - 1).text().equals(",")) {
            k -= 2; // "NAME, who ..., said": who is NAME
        } else if (t.get(k).text().equals(",")) {
            int[] opening = nameOpeningTheClause(t, k);
            if (opening != null) {
                return opening;
            }
            int open = k - 1;
            while (open > 0 && k - open < MAX_APPOSITION && !t.get(open).text().equals(",")) {
                open--;
            }
            if (open <= 0 || !t.get(open).text().equals(",")) {
                return null;
            }
            int nameEnd = nounPhraseEnd(t, open + 1);
            if (nameEnd == k && t.get(k - 1).isProperNoun()) {
                return new int[]{open + 1, k - 1}; // "The chief, Ann Vale, said": the name set off is the subject
            }
            k = beforeBrackets(t, open - 1);
            int start = k < 0 ? -1 : nounPhraseStart(t, k);
            // only a name opens an apposition: "NAME, a spokesman, said"
            return start >= 0 && t.get(k).isProperNoun() ? new int[]{start, k} : null;
        }
        int start = nounPhraseStart(t, k);
        if (start > 0 && isTimeWord(t.get(k))) {
            // "Rep. Ann Vale (D-Ohio) last month joked ...", "Vale on Friday said ...": the time of
            // saying, with its preposition, stands between
            int before = start >= 2 && "ADP".equals(t.get(start - 1).pos()) ? start - 2 : start - 1;
            before = beforeBrackets(t, before);
            int beforeStart = before < 0 ? -1 : nounPhraseStart(t, before);
            if (beforeStart >= 0) {
                return new int[]{beforeStart, before};
            }
        }
        if (start < 0) {
            int[] share = shareOpeningTheClause(t, k);
            if (share != null) {
                return share;
            }
        }
        boolean wordLike = k >= 0 && Set.of("NOUN", "ADJ", "ADV", "VERB", "X").contains(t.get(k).pos());
        if (start < 0 && opensClause(t, k) && t.get(k).isCapitalised() && wordLike) {
            return new int[]{k, k}; // "Vale conceded that ...": the tagger took an unseen surname for a verb
        }
        return start < 0 ? null : new int[]{start, k};
    }

    /**
     * "Ann Vale, a Lisbon, Ohio, teacher, said": when a name opens the sentence and a comma
     * follows it, the whole stretch up to the comma before the verb is its apposition, commas
     * inside it or not.
     */
    private static int[] nameOpeningTheClause(List<Token> t, int closingComma) {
        int first = 0;
        while (first < closingComma && ("CCONJ".equals(t.get(first).pos()) || "ADV".equals(t.get(first).pos()))) {
            first++;
        }
        int end = nounPhraseEnd(t, first);
        int comma = end < 0 ? -1 : afterBrackets(t, end); // "State Rep. Ann Vale (R), a leader of ..."
        if (end < 0 || comma >= closingComma || !t.get(comma).text().equals(",") || !t.get(end - 1).isProperNoun()
                || closingComma - end > MAX_OPENING_APPOSITION) {
            return null;
        }
        return new int[]{first, end - 1};
    }

    /** Token k opens its sentence or follows a conjunction or comma. */
    private static boolean opensClause(List<Token> t, int k) {
        return k == 0 || "CCONJ".equals(t.get(k - 1).pos()) || t.get(k - 1).text().equals(",");
    }

    /** The first token from {@code from} on written exactly {@code word}, or -1. */
    public static int indexOf(List<Token> t, String word, int from) {
        for (int k = from; k < t.size(); k++) {
            if (t.get(k).text().equals(word)) {
                return k;
            }
        }
        return -1;
    }
}
