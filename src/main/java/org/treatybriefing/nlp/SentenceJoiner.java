package org.treatybriefing.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Joins the sentences that the sentence detector cut inside a name or an attribution, since a
 * quote's speaker is looked for in its own sentence. In
 * <pre>“Why not?” he asked. “Ask Sen. Ann Vale,” said Tom K. Berg.</pre>
 * the detector ends sentences after "not?”", "Sen." and "H.": the joiner gives back the two
 * sentences the writer meant. Each rule reads the end of one span and the start of the next.
 */
final class SentenceJoiner {

    /** "H." or "H.W.": a middle initial (or two) of a name. */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,2}");
    /** "E.U.", "a.m.", "Ph.D.": letters with full stops inside, which no sentence's last word has. */
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}{1,2}\\.){2,}");
    /** A capitalised word such as a first name: "Laurence", not "the" nor "Washington,". */
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{L}*");
    /** A lower-case word, not a web address ("pic.twitter.com/…", "http://…"). */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}[\\p{L}'’-]*\\p{P}*");
    /** The rest of a name after its first word: "Lund", "Lund,", "Jr.", "Lund's". */
    private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*[,']?s?");
    /** Marks that may open a sentence before its first word. */
    private static final String OPENERS = "\"“‘'([";

    private final Set<String> abbreviations;

    /** @param abbreviations lower-case abbreviations with their full stop ("sen.", "feb.") */
    SentenceJoiner(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** The spans of one paragraph, with each span that should go on joined to the next. */
    Span[] join(String paragraph, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        Span current = null;
        for (Span next : spans) {
            if (current != null && joins(paragraph.substring(current.getStart(), current.getEnd()),
                    paragraph.substring(next.getStart(), next.getEnd()))) {
                current = new Span(current.getStart(), next.getEnd());
                continue;
            }
            if (current != null) {
                out.add(current);
            }
            current = next;
        }
        if (current != null) {
            out.add(current);
        }
        return out.toArray(Span[]::new);
    }

    /**
     * The tokens of a sentence with the full stop of an abbreviation or initial kept in its word,
     * as the tokenizer does for "Mr." but not for "Sen" "." or "R" ".": a title or a name read
     * from the tokens then goes on past it ("Sen. Ann Vale", "Tom K. Berg"). A full stop
     * that ends the sentence stays a token of its own.
     */
    Span[] keepFullStops(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span word = spans[i];
            if (i + 2 < spans.length && spans[i + 1].getStart() == word.getEnd()
                    && sentence.charAt(word.getEnd()) == '.' && spans[i + 1].length() == 1
                    && isAbbreviation(sentence.substring(word.getStart(), word.getEnd() + 1))) {
                out.add(new Span(word.getStart(), word.getEnd() + 1));
                i++;
            } else {
                out.add(word);
            }
        }
        return out.size() == spans.length ? spans : out.toArray(Span[]::new);
    }

    /** "Sen.", "R.", "H.W.", "E.U.": a listed abbreviation, an initial or letters with full stops. */
    boolean isAbbreviation(String word) {
        return abbreviations.contains(word.toLowerCase(Locale.ROOT)) || INITIALS.matcher(word).matches()
                || DOTTED.matcher(word).matches();
    }

    /** Whether the sentence {@code before} goes on in {@code after}. */
    boolean joins(String before, String after) {
        String last = lastWord(before);
        String first = firstWord(after);
        if (last.isEmpty() || first.isEmpty()) {
            return false;
        }
        return titleBeforeName(last, first)
                || initialBeforeSurname(before, last, first)
                || initialOpeningName(before, last, after)
                || questionBeforeAttribution(last, first)
                || abbreviationBeforeLowerCase(last, first);
    }

    /** "said Sen. | Ann Vale", "on Feb. | 9": a title or abbreviation is followed by more. */
    private boolean titleBeforeName(String last, String first) {
        return abbreviations.contains(last.toLowerCase(Locale.ROOT)) && Character.isLetterOrDigit(first.charAt(0));
    }

    /** "Tom K. | Berg": an initial after a first name, before the surname. */
    private static boolean initialBeforeSurname(String before, String last, String first) {
        if (!INITIALS.matcher(last).matches() || !Character.isUpperCase(first.charAt(0))) {
            return false;
        }
        String words = before.strip();
        String rest = words.substring(0, words.length() - last.length()).strip();
        return rest.isEmpty() || CAPITALISED.matcher(lastWord(rest)).matches();
    }

    /**
     * "said Rep. A.B. | Vale", "said C. | Stewart Lund": an initial opening a name, after a title,
     * or before the rest of a name of two capitalised words ("option B. | It failed" ends).
     */
    private boolean initialOpeningName(String before, String last, String after) {
        if (!INITIALS.matcher(last).matches()) {
            return false;
        }
        String words = before.strip();
        String rest = words.substring(0, words.length() - last.length()).strip();
        if (rest.isEmpty()) {
            return false;
        }
        String previous = lastWord(rest);
        if (abbreviations.contains(previous.toLowerCase(Locale.ROOT))) {
            return Character.isUpperCase(firstWord(after).charAt(0));
        }
        String[] next = after.strip().split("\\s+", 3);
        return LOWER_CASE_WORD.matcher(previous).matches() && next.length >= 2
                && CAPITALISED.matcher(next[0]).matches() && NAME_PART.matcher(next[1]).matches();
    }

    /** "“Why not?” | he asked.": a question or exclamation quoted, then who said it. */
    private static boolean questionBeforeAttribution(String last, String first) {
        int n = last.length();
        return n >= 2 && "?!".indexOf(last.charAt(n - 2)) >= 0 && "”\"’'".indexOf(last.charAt(n - 1)) >= 0
                && LOWER_CASE_WORD.matcher(first).matches();
    }

    /** "the E.U. | was", "Sen. Ann Vale (D-Ohio) | said": no sentence starts in lower case. */
    private static boolean abbreviationBeforeLowerCase(String last, String first) {
        String end = last.replaceAll("[)\\]]+$", "");
        boolean abbreviation = DOTTED.matcher(end).matches() || end.endsWith(",") || !end.equals(last) && end.endsWith(".");
        return abbreviation && LOWER_CASE_WORD.matcher(first).matches();
    }

    private static String lastWord(String text) {
        String t = text.strip();
        int start = t.length();
        while (start > 0 && !isSpace(t.charAt(start - 1))) {
            start--;
        }
        String word = t.substring(start);
        int i = 0;
        while (i < word.length() - 1 && OPENERS.indexOf(word.charAt(i)) >= 0) {
            i++;
        }
        return word.substring(i);
    }

    private static String firstWord(String text) {
        String t = text.strip();
        int i = 0;
        while (i < t.length() && OPENERS.indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        int end = i;
        while (end < t.length() && !isSpace(t.charAt(end))) {
            end++;
        }
        return t.substring(i, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
