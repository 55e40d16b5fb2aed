package org.treatybriefing.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.treatybriefing.lexicon.Lexicons;
import org.treatybriefing.lexicon.State;
import org.treatybriefing.nlp.Chunker;
import org.treatybriefing.nlp.Token;

/**
 * Token-level lookups over the lexicons: which tokens at a position spell a state, a demonym,
 * a title or a treaty noun. Built once per run, shared (read-only) by every extraction thread.
 */
public final class Vocabulary {

    /** A state named by some words of the text. */
    public record StateMatch(State state, int tokens, boolean demonym, boolean seatOfGovernment, String text) {
    }

    /** A title spelled by some words of the text. */
    public record TitleMatch(String title, String type, int tokens) {
    }

    private static final Set<String> NAME_CONNECTORS = Set.of("al", "bin", "ibn", "de", "da", "van", "von", "der", "la", "el", "di", "du");
    private static final Set<String> NOT_NAMES = Set.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "I", "The", "A", "An", "In", "On", "At", "It", "This",
            "That", "These", "Those", "But", "And", "As", "For", "With", "By", "Mr", "Mrs", "Ms");

    private static final Set<String> SPOKESPERSONS = Set.of("spokesman", "spokeswoman", "spokesperson");

    private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    private final Lexicons lexicons;
    private final Map<String, StateMatchTarget> stateWords = new HashMap<>();
    private final int longestStatePhrase;
    /** First words of every state phrase and title: most tokens are rejected with one lookup. */
    private final java.util.Set<String> stateFirstWords = new java.util.HashSet<>();
    private final java.util.Set<String> titleFirstWords = new java.util.HashSet<>();
    private final int longestTitle;

    private record StateMatchTarget(State state, boolean demonym, boolean seat) {
    }

    public Vocabulary(Lexicons lexicons) {
        this.lexicons = lexicons;
        int longest = 1;
        for (State s : lexicons.states()) {
            for (String n : s.names()) {
                boolean seat = s.aliases().contains(n) && !n.equals(s.name()) && looksLikeSeat(n, s);
                stateWords.putIfAbsent(n, new StateMatchTarget(s, false, seat));
                longest = Math.max(longest, n.split("\\s+").length);
            }
            for (String d : s.demonyms()) {
                stateWords.putIfAbsent(d, new StateMatchTarget(s, true, false));
                longest = Math.max(longest, d.split("\\s+").length);
            }
        }
        longestStatePhrase = longest;
        longestTitle = lexicons.titles().keySet().stream().mapToInt(t -> t.split("[\\s-]+").length * 2).max().orElse(1);
        for (String phrase : stateWords.keySet()) {
            stateFirstWords.add(firstWord(phrase));
        }
        for (String title : lexicons.titles().keySet()) {
            titleFirstWords.add(firstWord(title).toLowerCase());
        }
    }

    /** The first word of a phrase as the tokenizer would cut it ("President-elect" -> "President"). */
    private static String firstWord(String phrase) {
        // called for most tokens of every article: a scan, not a regular expression
        int end = 0;
        while (end < phrase.length() && !Character.isWhitespace(phrase.charAt(end))) {
            end++;
        }
        int hyphen = phrase.indexOf('-', 1);
        return hyphen > 0 && hyphen < end ? phrase.substring(0, hyphen) : phrase.substring(0, end);
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    /** Seats of government (Kremlin, White House) speak as organisations, not as places. */
    private static boolean looksLikeSeat(String alias, State s) {
        return !alias.equals(s.capital()) && alias.chars().anyMatch(Character::isLowerCase)
                && !alias.contains("Republic") && !alias.equals("America") && !alias.equals("Britain")
                && !alias.equals("Great Britain") && !alias.equals("Washington");
    }

    /** The longest state name, alias or demonym starting at token i (case-sensitive). */
    public Optional<StateMatch> stateAt(List<Token> tokens, int i) {
        if (!stateFirstWords.contains(firstWord(tokens.get(i).text()))) {
            return Optional.empty();
        }
        for (int len = Math.min(longestStatePhrase, tokens.size() - i); len >= 1; len--) {
            String phrase = phrase(tokens, i, len, true);
            StateMatchTarget t = stateWords.get(phrase);
            if (t != null) {
                return Optional.of(new StateMatch(t.state(), len, t.demonym(), t.seat(), phrase));
            }
        }
        return Optional.empty();
    }

    /** The state a single word names or describes ("Norway", "Norwegian"), if any. */
    public Optional<State> stateNamed(String word) {
        StateMatchTarget t = stateWords.get(word);
        return t == null ? Optional.empty() : Optional.of(t.state());
    }

    /** The longest title starting at token i (any case: "President", "the president"). */
    public Optional<TitleMatch> titleAt(List<Token> tokens, int i) {
        if (!titleFirstWords.contains(firstWord(tokens.get(i).text()).toLowerCase())) {
            return Optional.empty();
        }
        for (int len = Math.min(longestTitle, tokens.size() - i); len >= 1; len--) {
            String phrase = phrase(tokens, i, len, false).toLowerCase();
            String type = lexicons.titles().get(phrase);
            if (type != null) {
                return Optional.of(new TitleMatch(phrase(tokens, i, len, false), type, len));
            }
        }
        return Optional.empty();
    }

    /**
     * Words i..i+len joined as written: a space between words, none around hyphens that the
     * text wrote without spaces ("President-elect").
     */
    static String phrase(List<Token> tokens, int i, int len, boolean strictCase) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + len; k++) {
            Token t = tokens.get(k);
            if (k > i && t.start() > tokens.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    /** A capitalised word that can belong to a name (not a weekday, month or sentence opener). */
    public boolean isNameWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        if (NOT_NAMES.contains(w)) {
            // a month may be a surname after a first name ("Theresa May")
            return MONTHS.contains(w) && i > 0 && t.pos().equals("PROPN") && tokens.get(i - 1).isProperNoun()
                    && !NOT_NAMES.contains(tokens.get(i - 1).text()) && Character.isUpperCase(tokens.get(i - 1).text().charAt(0));
        }
        if (w.length() > 1 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '.') && w.length() > 5) {
            return false; // a shouted word or a dateline, not a name
        }
        return switch (t.pos()) {
            case "PROPN", "X" -> true;
            case "DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "PUNCT" -> false;
            default -> i > 0 && !isSentenceOpener(tokens, i);
        };
    }

    /** Lower-case particles inside names (Omar al-Rashid, Jan van der Berg). */
    public boolean isNameConnector(List<Token> tokens, int i) {
        return NAME_CONNECTORS.contains(tokens.get(i).text());
    }

    private static boolean isSentenceOpener(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String prev = tokens.get(i - 1).text();
        return prev.equals("\"") || prev.equals("“") || prev.equals(":");
    }

    /** A title that speaks for an organisation rather than for oneself ("a spokesman for ORG"). */
    public static boolean isSpokesperson(String title) {
        return SPOKESPERSONS.contains(title.toLowerCase());
    }

    /** "Democrat", "GOP": an affiliation written before a name ({@code config/party-labels.txt}). */
    public boolean isRegion(String name) {
        return lexicons.isRegion(name);
    }

    public boolean isPartyLabel(String word) {
        return lexicons.isPartyLabel(word);
    }

    /** "statement", "ad": what someone issues that speaks for them ({@code config/statement-nouns.txt}). */
    public boolean isStatementNoun(String word) {
        return lexicons.isStatementNoun(word);
    }

    public boolean isTreatyTerm(String word) {
        return lexicons.isTreatyTerm(word);
    }

    /** "the deal", "a pact": an agreement's noun, not the verb of "to deal with". */
    public boolean isTreatyNoun(Token t) {
        return isTreatyTerm(t.text()) && !"VERB".equals(t.pos());
    }

    /** A speech verb at token k, or after at most three auxiliaries or adverbs ("has repeatedly said"). */
    public boolean speechVerbWithin(List<Token> t, int k) {
        for (int m = k; m < Math.min(t.size(), k + 4); m++) {
            Token tok = t.get(m);
            if (isSpeechVerb(t, m)) {
                return true;
            }
            if (!("AUX".equals(tok.pos()) || "ADV".equals(tok.pos()))) {
                return false;
            }
        }
        return false;
    }

    /** How far an apposition after a name may run, and in how many comma-separated parts. */
    private static final int MAX_APPOSITION_TOKENS = 28;
    private static final int MAX_APPOSITION_PARTS = 3;
    /** Past forms of speech verbs the tagger may leave unlemmatised when it calls them nouns. */
    private static final Map<String, String> IRREGULAR_PASTS = Map.of("shot", "shoot", "wrote", "write",
            "spoke", "speak", "hit", "hit", "put", "put", "went", "go");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    private static final Set<String> AFFILIATION_PREPOSITIONS = Set.of("of", "at", "from", "with");
    private static final Set<String> NAME_JOINERS = Set.of("for", "of", "and", "&", "on");

    /**
     * A speech verb right after a name, or after an apposition that starts with the comma at k:
     * "NAME, the foreign minister, said", "NAME, who chairs X, said", "NAME, the attorney general
     * of Norland, one of the states suing, said", and "NAME, a Skyline spokesman told reporters,
     * ..." where the verb comes before any closing comma. A generational suffix ("NAME Jr. said")
     * and an affiliation ("NAME of the Harbour Club said") may stand between.
     */
    public boolean speechVerbAfterApposition(List<Token> t, int k) {
        k = afterAffiliation(t, afterNameSuffix(t, k));
        if (k >= t.size() || !t.get(k).text().equals(",")) {
            return speechVerbWithin(t, k);
        }
        int parts = 0;
        for (int c = k + 1; c < Math.min(t.size(), k + MAX_APPOSITION_TOKENS); c++) {
            if (t.get(c).text().equals(",")) {
                if (speechVerbWithin(t, c + 1)) {
                    return true;
                }
                if (++parts == MAX_APPOSITION_PARTS) {
                    return false;
                }
            } else if (isSpeechVerb(t, c)) {
                return true;
            }
        }
        return false;
    }

    /** "Ann Vale Jr.", "Tom Berg III": the index past a generational suffix at k, else k. */
    private static int afterNameSuffix(List<Token> t, int k) {
        if (k < t.size() && NAME_SUFFIXES.contains(t.get(k).text().toLowerCase())) {
            k++;
            if (k < t.size() && t.get(k).text().equals(".") && !t.get(k - 1).text().endsWith(".")) {
                k++;
            }
        }
        return k;
    }

    /** "Ann Vale of the Harbour Club said": the index past an organisation's name introduced by a preposition, else k. */
    static int afterAffiliation(List<Token> t, int k) {
        if (k + 1 >= t.size() || !AFFILIATION_PREPOSITIONS.contains(t.get(k).text().toLowerCase())) {
            return k;
        }
        int m = k + 1;
        if (t.get(m).text().equalsIgnoreCase("the")) {
            m++;
        }
        int first = m;
        while (m < t.size() && (t.get(m).isCapitalised() || t.get(m).isProperNoun()
                || m > first && m + 1 < t.size() && NAME_JOINERS.contains(t.get(m).text()) && t.get(m + 1).isCapitalised())) {
            m++; // "the Center for Harbour Studies"
        }
        return m > first ? m : k;
    }

    /** A verb, or "said", "says", "told", which the tagger sometimes calls nouns after a name it has not seen. */
    private static boolean isVerbLike(Token t) {
        String lower = t.text().toLowerCase();
        return t.isVerb() || lower.equals("said") || lower.equals("says") || lower.equals("told");
    }

    /**
     * A speech verb at token i, not the end of a compound adjective ("her self-proclaimed "...""),
     * or the first word of a phrase the list holds as one ("As Vale put it: "..."", "Vale shot
     * back"). After a name the tagger has not seen it may call the verb a noun ("Vale concludes.").
     */
    public boolean isSpeechVerb(List<Token> t, int i) {
        Token tok = t.get(i);
        // "Stated Vale: ...": a sentence opening with a past form, which the tagger reads as a name
        boolean opensSentence = i == 0 && tok.isCapitalised() && tok.text().endsWith("ed");
        if (Chunker.endsCompound(t, i) || !(isVerbLike(tok) || opensSentence || isNounTaggedVerbAfterName(t, i)
                || "NOUN".equals(tok.pos()) && tok.text().endsWith("ed"))) {
            return false;
        }
        List<String> forms = verbForms(tok);
        if (i + 1 < t.size()) {
            String next = t.get(i + 1).text().toLowerCase();
            if (forms.stream().anyMatch(form -> lexicons.isSpeechVerb(form + " " + next))) {
                return true;
            }
        }
        return forms.stream().anyMatch(lexicons::isSpeechVerb);
    }

    /** "Vale concludes.", "Vale shot back": a lower-case noun right after a name, ending its clause, is its verb. */
    private static boolean isNounTaggedVerbAfterName(List<Token> t, int i) {
        Token tok = t.get(i);
        if (!"NOUN".equals(tok.pos()) || i == 0 || !t.get(i - 1).isProperNoun() || tok.isCapitalised()) {
            return false;
        }
        return i + 1 == t.size() || Set.of("PUNCT", "ADV", "ADP", "PART").contains(t.get(i + 1).pos());
    }

    /** "Said", "Stated": a capitalised speech verb opening a sentence, which the tagger may take for a name. */
    public boolean opensWithSpeechVerb(List<Token> t) {
        return !t.isEmpty() && t.get(0).isCapitalised() && isSpeechVerb(t, 0);
    }

    public boolean isSpeechVerb(Token t) {
        if (!(isVerbLike(t) || "NOUN".equals(t.pos()) && t.text().endsWith("ed"))) {
            return false;
        }
        return verbForms(t).stream().anyMatch(lexicons::isSpeechVerb);
    }

    /**
     * What a reporting verb at v takes as its words ("clause", "thing", "naming", "quoting", from
     * reporting-verbs.tsv), or empty. A verb listed with a particle reports only with it:
     * "called for a ban", not "called a friend".
     */
    public Optional<String> reportingVerb(List<Token> t, int v) {
        if (!isVerbLike(t.get(v))) {
            return Optional.empty();
        }
        String next = v + 1 < t.size() ? " " + t.get(v + 1).text().toLowerCase() : null;
        for (String form : verbForms(t.get(v))) {
            Optional<String> kind = next == null ? Optional.empty() : lexicons.reportingVerb(form + next);
            if (kind.isEmpty()) {
                kind = lexicons.reportingVerb(form);
            }
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    /** Whether the reporting verb at v is listed only with the word after it ("call for"). */
    public boolean reportsWithParticle(List<Token> t, int v) {
        if (v + 1 >= t.size()) {
            return false;
        }
        String next = " " + t.get(v + 1).text().toLowerCase();
        return verbForms(t.get(v)).stream().anyMatch(f -> lexicons.reportingVerb(f + next).isPresent());
    }

    /**
     * The lemmas a verb may have: the lemmatizer's, then the word less a regular ending, since
     * the lemmatizer, asked about a form alone, sometimes cuts it wrongly ("conceded" ->
     * "conced"): "conceded" -> concede, "quipped" -> quip, "testifies" -> testify.
     */
    static List<String> verbForms(Token t) {
        String w = t.text().toLowerCase();
        List<String> forms = new ArrayList<>(6);
        forms.add(t.lemmaOrText());
        if (w.equals("said") || w.equals("says")) {
            forms.add("say");
        } else if (w.equals("told")) {
            forms.add("tell");
        } else if (IRREGULAR_PASTS.containsKey(w)) {
            forms.add(IRREGULAR_PASTS.get(w));
        }
        for (String ending : new String[]{"ied", "ies"}) {
            if (w.endsWith(ending)) {
                forms.add(w.substring(0, w.length() - 3) + "y");
            }
        }
        for (String ending : new String[]{"ed", "d", "es", "s", "ing"}) {
            if (w.endsWith(ending) && w.length() > ending.length() + 2) {
                String stem = w.substring(0, w.length() - ending.length());
                forms.add(stem);
                int n = stem.length();
                if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    forms.add(stem.substring(0, n - 1)); // "quipped" -> "quip"
                }
                if (ending.equals("ing")) {
                    forms.add(stem + "e"); // "noting" -> "note"
                }
            }
        }
        return forms;
    }

    public Optional<String> organizationKind(String name) {
        return lexicons.organizationKind(name);
    }
}
