package org.treatybriefing.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * One invented article written as each format a seed folder may hold: the text file, a saved
 * web page with its navigation, cookie banner and footer, a PDF written with PDFBox (small
 * pages, so lines wrap, long words are hyphenated at line ends and paragraphs run over page
 * breaks) and a Word document written with POI (with a header, a footer, a hyperlink and a
 * footnote). Read back, each
 * must give the text of {@link #text()}.
 */
public final class SampleArticles {

    public static final String HEADLINE = "Harbour accord signed in Port Elin";
    public static final List<String> PARAGRAPHS = List.of(
            "Northmark and Southmere signed the harbour accord on Tuesday in Port Elin, ending four years of"
                    + " talks over fishing rights and shipping lanes in the strait.",
            "“This agreement gives our fishermen the certainty they have asked for since the first storm season,”"
                    + " Foreign Minister Ann Vale told reporters after the signing ceremony.",
            "The accord commits both parties to joint patrols, shared weather data and the implementation of a"
                    + " common licensing system within two years, officials said.",
            "Tomas Reed, a senior fellow at the Institute for Coastal Affairs, said the deal was “a careful"
                    + " compromise that neither capital can easily abandon.”",
            "“We will open the northern channel to Southmere’s trawlers by the spring,” Vale said, adding that"
                    + " inspections would begin at once.",
            "Southmere’s transport minister, Petra Lund, said the two governments would meet again in March to"
                    + " review the first results of the accord.");

    static {
        TextOnlyFonts.install(); // as reading does: writing with the standard fonts needs none of this machine's
    }

    private SampleArticles() {
    }

    /** The article as a text file holds it: the headline, then paragraphs separated by blank lines. */
    public static String text() {
        return HEADLINE + "\n\n" + String.join("\n\n", PARAGRAPHS);
    }

    public static byte[] txt() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** A saved news page: the article amid the page's furniture, none of which is article text; its outlet "The Coast Daily". */
    public static final String OUTLET = "The Coast Daily";

    public static byte[] html() {
        StringBuilder body = new StringBuilder();
        for (String p : PARAGRAPHS) {
            body.append("      <p>").append(p.replace("&", "&amp;")).append("</p>\n");
        }
        return ("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Harbour accord signed in Port Elin | The Coast Daily</title>
                  <meta property="og:site_name" content="The Coast Daily">
                  <script>window.dataLayer = []; track("Ann Vale said nothing");</script>
                  <style>.cookie-banner { position: fixed; }</style>
                </head>
                <body>
                  <div class="cookie-banner" id="consent">We use cookies to improve your experience. <button>Accept all</button></div>
                  <header class="site-header"><a href="/">The Coast Daily</a>
                    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li>Fisheries</li></ul></nav>
                  </header>
                  <main>
                    <article>
                      <h1>%s</h1>
                %s      <div class="share-bar">Share this story on social media</div>
                      <aside><h2>Read more</h2><p>Why the strait matters to both fleets, explained in four charts.</p></aside>
                    </article>
                    <section class="related-stories"><article><h2>Storm season ends early</h2><p>Forecasters say calm.</p></article></section>
                  </main>
                  <footer><p>© 2026 The Coast Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
                </body>
                </html>
                """.formatted(HEADLINE, body)).getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF as a layout program writes one: wrapped lines, hyphenated words, a gap between paragraphs. */
    public static byte[] pdf() {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        List<Line> lines = new ArrayList<>(wrap(HEADLINE, bold, 14, 0));
        for (String p : PARAGRAPHS) {
            lines.addAll(wrap(p, regular, 10, 13));
        }
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPageContentStream page = null;
            float y = 0;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (i % LINES_PER_PAGE == 0) {
                    if (page != null) {
                        page.close();
                    }
                    PDPage next = new PDPage(PDRectangle.A6);
                    pdf.addPage(next);
                    page = new PDPageContentStream(pdf, next);
                    y = PDRectangle.A6.getHeight() - MARGIN;
                }
                y -= line.gapBefore() + line.size() * 1.3f;
                page.beginText();
                page.setFont(line.font(), line.size());
                page.newLineAtOffset(MARGIN, y);
                page.showText(line.text());
                page.endText();
            }
            page.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final float MARGIN = 24;
    /** Short pages: one paragraph goes on over a page break mid-sentence, another mid-word. */
    private static final int LINES_PER_PAGE = 7;
    private static final float WIDTH = PDRectangle.A6.getWidth() - 2 * MARGIN;

    private record Line(String text, PDType1Font font, float size, float gapBefore) {
    }

    /** Lines that fit the page's width; a word of 8 letters or more that does not fit is hyphenated. */
    private static List<Line> wrap(String paragraph, PDType1Font font, float size, float gapBefore) {
        List<Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= WIDTH) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            int cut = word.chars().allMatch(Character::isLetter) && word.length() >= 8 ? fittingPrefix(line, word, font, size) : 0;
            if (cut > 0) {
                line.append(line.isEmpty() ? "" : " ").append(word, 0, cut).append('-');
                word = word.substring(cut);
            }
            lines.add(new Line(line.toString(), font, size, lines.isEmpty() ? gapBefore : 0));
            line.setLength(0);
            line.append(word);
        }
        lines.add(new Line(line.toString(), font, size, lines.isEmpty() ? gapBefore : 0));
        return lines;
    }

    /** The longest start of the word (3 letters at least, 3 left over) that fits on the line with a hyphen. */
    private static int fittingPrefix(StringBuilder line, String word, PDType1Font font, float size) {
        for (int cut = word.length() - 3; cut >= 3; cut--) {
            String candidate = (line.isEmpty() ? "" : line + " ") + word.substring(0, cut) + "-";
            if (width(candidate, font, size) <= WIDTH) {
                return cut;
            }
        }
        return 0;
    }

    private static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document: a title paragraph, the paragraphs, a running header and footer, an empty paragraph, a footnote. */
    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("The Coast Daily — for subscribers");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Page 1 of 1");
            var title = doc.createParagraph().createRun();
            title.setBold(true);
            title.setText(HEADLINE);
            doc.createParagraph(); // spacing, as writers leave it
            for (String p : PARAGRAPHS) {
                var paragraph = doc.createParagraph();
                int link = p.indexOf("the harbour accord");
                if (link < 0) {
                    paragraph.createRun().setText(p);
                    continue;
                }
                // runs split mid-sentence, a hyperlink and a footnote: one paragraph of text all the same
                paragraph.createRun().setText(p.substring(0, link));
                paragraph.createHyperlinkRun("https://coast.example/accord").setText("the harbour accord");
                var note = doc.createFootnote();
                note.createParagraph().createRun().setText("The full text of the accord runs to 31 articles.");
                paragraph.addFootnoteReference(note);
                paragraph.createRun().setText(p.substring(link + "the harbour accord".length()));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
