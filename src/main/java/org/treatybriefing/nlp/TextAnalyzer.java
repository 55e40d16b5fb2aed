package org.treatybriefing.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import opennlp.tools.util.Span;

/**
 * Splits an article into paragraphs (line breaks), sentences (OpenNLP, joined again where it cut
 * a name or an attribution: {@link SentenceJoiner}), tokens (OpenNLP), and tags each token with
 * its part of speech and lemma. Offsets are the article's own.
 */
public final class TextAnalyzer {

    /** Lines that outlets insert between paragraphs and that no one says. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)^\\s*(advertis(e)?ment|also read\\b.*|read more\\b.*|related\\s*:.*|\\(with inputs from .*\\))\\s*$");
    /** A sentence longer than this is cut for the tagger: real prose never needs more. */
    private static final int MAX_TOKENS_PER_SENTENCE = 400;
    private static final int MAX_SENTENCE_CHARS = 3_000;

    /** Bounds the memo of verb lemmas; past it, forms are lemmatized again (same result, slower). */
    private static final int MAX_MEMO_LEMMAS = 200_000;

    private final LanguageModels models;
    private final SentenceJoiner joiner;
    /** Verb form and tag to lemma: a pure memo, since each form is lemmatized out of context. */
    private final ConcurrentHashMap<String, String> lemmaMemo = new ConcurrentHashMap<>();

    /** Without a list of abbreviations: only initials and attributions are joined to what follows. */
    public TextAnalyzer(LanguageModels models) {
        this(models, Set.of());
    }

    /** @param abbreviations lower-case abbreviations after which a sentence goes on ("sen.", "feb.") */
    public TextAnalyzer(LanguageModels models, Set<String> abbreviations) {
        this.models = models;
        this.joiner = new SentenceJoiner(abbreviations);
    }

    public AnalyzedText analyze(String text) {
        List<AnalyzedText.Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int pos = 0;
        int length = text.length();
        while (pos < length) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? length : nl;
            String line = text.substring(pos, end);
            if (!line.isBlank()) {
                AnalyzedText.Paragraph p = new AnalyzedText.Paragraph(paragraphs.size(), pos, end,
                        BOILERPLATE.matcher(line).matches());
                paragraphs.add(p);
                addSentences(line, pos, p.index(), sentences);
            }
            pos = end + 1;
        }
        return new AnalyzedText(text, List.copyOf(paragraphs), List.copyOf(ProperNouns.retag(sentences)));
    }

    private void addSentences(String paragraph, int offset, int paragraphIndex, List<Sentence> out) {
        for (Span s : joiner.join(paragraph, models.sentences.sentPosDetect(paragraph))) {
            boolean prose = s.getEnd() - s.getStart() <= MAX_SENTENCE_CHARS;
            for (int from = s.getStart(); from < s.getEnd(); ) {
                int to = pieceEnd(paragraph, from, s.getEnd());
                String sentence = paragraph.substring(from, to);
                out.add(new Sentence(out.size(), paragraphIndex, offset + from, offset + to,
                        sentence, tokens(sentence, offset + from, prose)));
                from = to;
            }
        }
    }

    /**
     * A "sentence" longer than any prose (a 5 MB line with no full stop) is cut into pieces at
     * spaces, so the work per sentence stays bounded and the whole article linear in its size.
     * Such pieces are not prose: they are tokenized but not tagged.
     */
    private static int pieceEnd(String text, int from, int end) {
        if (end - from <= MAX_SENTENCE_CHARS) {
            return end;
        }
        int cut = text.lastIndexOf(' ', from + MAX_SENTENCE_CHARS);
        return cut > from ? cut + 1 : from + MAX_SENTENCE_CHARS;
    }

    /**
     * The UD tokenizer keeps "Okafor's", "Santiago—both" and "Chile-Norway" whole; names are found
     * more reliably when the possessive, dashes and hyphens before a capital stand alone.
     */
    static Span[] refine(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 8);
        for (Span span : spans) {
            int start = span.getStart();
            int end = span.getEnd();
            int piece = start;
            for (int i = start; i < end; i++) {
                char c = sentence.charAt(i);
                boolean dash = c == '\u2014' || c == '\u2013'
                        // "Chile-Norway", "-Norway": a hyphen before a capital joins two names
                        || c == '-' && i + 1 < end && Character.isUpperCase(sentence.charAt(i + 1));
                if (dash && end - start > 1) {
                    if (i > piece) {
                        out.add(new Span(piece, i));
                    }
                    out.add(new Span(i, i + 1));
                    piece = i + 1;
                }
            }
            if (piece >= end) {
                continue;
            }
            int len = end - piece;
            if (len > 2 && sentence.charAt(end - 1) == 's'
                    && (sentence.charAt(end - 2) == '\'' || sentence.charAt(end - 2) == '\u2019')) {
                out.add(new Span(piece, end - 2));
                out.add(new Span(end - 2, end));
            } else {
                out.add(new Span(piece, end));
            }
        }
        return out.toArray(Span[]::new);
    }

    /**
     * Lemmas of the verbs only (the extractors match speech and commitment verbs by lemma); other
     * tokens keep their lower-cased form. Each verb form is lemmatized alone, out of its sentence,
     * so its lemma is a function of the word and its tag only: the memo below then never makes
     * one article's lemmas depend on another read earlier in the process (with the sentence as
     * context, the model's first sentence for "said" decided every later one). The statistical
     * lemmatizer costs five times the tagger, so each form is asked once per process.
     */
    private String[] verbLemmas(String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            lemmas[i] = isVerb(tags[i]) ? verbLemma(words[i], tags[i]) : words[i].toLowerCase();
        }
        return lemmas;
    }

    private String verbLemma(String word, String tag) {
        String key = word + '\u0000' + tag;
        String known = lemmaMemo.get(key);
        if (known != null) {
            return known;
        }
        String lemma = models.lemmatizer.lemmatize(new String[]{word}, new String[]{tag})[0];
        if (lemmaMemo.size() < MAX_MEMO_LEMMAS) {
            lemmaMemo.putIfAbsent(key, lemma);
        }
        return lemma;
    }

    private static boolean isVerb(String tag) {
        return "VERB".equals(tag) || "AUX".equals(tag);
    }

    private List<Token> tokens(String sentence, int offset, boolean prose) {
        Span[] spans = joiner.keepFullStops(sentence, refine(sentence, models.tokenizer.tokenizePos(sentence)));
        int n = prose ? Math.min(spans.length, MAX_TOKENS_PER_SENTENCE) : 0;
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = n == 0 ? words : models.tagger.tag(words);
        String[] lemmas = n == 0 ? words : verbLemmas(words, tags);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            String word = sentence.substring(spans[i].getStart(), spans[i].getEnd());
            tokens.add(i < n
                    ? new Token(word, offset + spans[i].getStart(), offset + spans[i].getEnd(), tags[i], lemmas[i])
                    : new Token(word, offset + spans[i].getStart(), offset + spans[i].getEnd(), "X", word));
        }
        return tokens;
    }
}
