package org.treatybriefing.article;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF ({@code pdf}), read with Apache PDFBox: its text layer in the order the page draws it,
 * lines rejoined into the paragraphs PDFBox finds from the layout (a wider gap or an indent
 * starts one), a word hyphenated at a line end made whole again ({@code "agree-" / "ment"} →
 * {@code "agreement"}; {@code "long-" / "term"} stays {@code "long-term"} where the text writes
 * it so elsewhere, and so does a hyphen before a capital or a digit), a paragraph cut
 * mid-sentence by a page break rejoined when the next page goes on in lower case. A scan has
 * no text layer and is rejected, as is a PDF that needs a password to open.
 * <pre>{@code
 * PdfText.INSTANCE.read(bytes)   // "Ports to open\n\nAnn Vale said the agreement ..." (format pdf)
 * }</pre>
 */
final class PdfText implements ArticleFormat {

    static final PdfText INSTANCE = new PdfText();

    /** What PDFBox is told to write after a paragraph and a page: characters a PDF's text practically never holds. */
    private static final String PARAGRAPH = "\u2029";
    private static final String PAGE = "\f";
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+[-\u2010]\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"”’)]$");

    static {
        TextOnlyFonts.install();
    }

    private PdfText() {
    }

    @Override
    public ExtractedText read(byte[] bytes) throws UnreadableFileException {
        String raw;
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd(PARAGRAPH);
            stripper.setPageEnd(PAGE);
            raw = stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("encrypted PDF: it cannot be opened without its password");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a broken file with an IOException, and now and then with a runtime exception
            throw UnreadableFileException.because("corrupt PDF", e);
        }
        String text = paragraphs(raw);
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw new UnreadableFileException("no text layer: the PDF holds images of its pages (a scan), not text");
        }
        return new ExtractedText("pdf", text, null, null);
    }

    /** PDFBox's lines, paragraph and page marks made into paragraphs separated by blank lines. */
    static String paragraphs(String raw) {
        Set<String> compounds = new HashSet<>();
        Matcher m = COMPOUND.matcher(raw);
        while (m.find()) {
            compounds.add(m.group().toLowerCase(Locale.ROOT));
        }
        List<String> paragraphs = new ArrayList<>();
        for (String page : raw.split(PAGE)) {
            boolean pageTop = true;
            for (String block : page.split(PARAGRAPH)) {
                String paragraph = joinLines(block.split("\n"), compounds);
                if (paragraph.isEmpty()) {
                    continue;
                }
                int last = paragraphs.size() - 1;
                if (pageTop && last >= 0 && goesOn(paragraphs.get(last), paragraph)) {
                    paragraphs.set(last, joinLines(new String[]{paragraphs.get(last), paragraph}, compounds));
                } else {
                    paragraphs.add(paragraph);
                }
                pageTop = false;
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** A paragraph that stops mid-sentence at a page's foot and goes on in lower case on the next page. */
    private static boolean goesOn(String before, String after) {
        return !SENTENCE_END.matcher(before).find() && Character.isLowerCase(after.codePointAt(0));
    }

    private static String joinLines(String[] lines, Set<String> compounds) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int hyphen = out.length() - 1;
            if (hyphen > 0 && isHyphen(out.charAt(hyphen)) && Character.isLetterOrDigit(out.charAt(hyphen - 1))) {
                // a word broken at the line end: the hyphen stays only where the word has one ("long-term", "Northmark-Southmere")
                boolean brokenWord = Character.isLetter(out.charAt(hyphen - 1)) && Character.isLowerCase(line.codePointAt(0))
                        && !compounds.contains(compoundAt(out, hyphen, line));
                if (out.charAt(hyphen) == '\u00AD' || brokenWord) {
                    out.setLength(hyphen);
                }
            } else if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u00AD' || c == '\u2010';
    }

    /** The word broken at the hyphen, as a compound: "long-" and "term, he said" give "long-term". */
    private static String compoundAt(StringBuilder out, int hyphen, String next) {
        int start = hyphen;
        while (start > 0 && Character.isLetter(out.charAt(start - 1))) {
            start--;
        }
        int end = 0;
        while (end < next.length() && Character.isLetter(next.charAt(end))) {
            end++;
        }
        return (out.substring(start, hyphen) + "-" + next.substring(0, end)).toLowerCase(Locale.ROOT);
    }
}
