package org.treatybriefing.article;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page ({@code html}), parsed with jsoup: the text of the article, not of the page
 * around it. Navigation, asides, footers, forms, scripts, cookie banners and share or "related"
 * blocks go; of what is left, the largest {@code <article>} is the article (else {@code <main>},
 * else the body). Each block element becomes a paragraph. The title is the article's
 * {@code <h1>}, else the page's {@code og:title}, {@code <h1>} or {@code <title>}, and then it
 * opens the text, as a headline opens a text file. The outlet is the one the page declares ({@link HtmlOutlet}).
 * <pre>{@code
 * <nav>Home | World</nav><article><h1>Ports to open</h1><p>Ann Vale said ...</p></article><footer>© News</footer>
 *     // text "Ports to open\n\nAnn Vale said ...", title "Ports to open"
 * }</pre>
 */
final class HtmlText {

    /** Never article text, wherever they are (a header holding the headline aside). */
    private static final String NOISE = "script, style, noscript, template, iframe, object, svg, canvas, form, button,"
            + " select, nav, aside, footer, figure, header:not(:has(h1)), [hidden], [aria-hidden=true],"
            + " [role=navigation], [role=complementary], [role=contentinfo], [role=dialog], [role=alertdialog],"
            + " [role=search]";
    /** A class or id that names a page's furniture: "cookie-banner", "share_bar", "related", "ad-slot". */
    private static final Pattern NOISE_NAME = Pattern.compile("(?i)(?:^|[-_])(?:cookies?|consent|gdpr|newsletter"
            + "|subscribe|subscription|share|sharing|social|related|recommended|promo|advert|advertisement|ads?"
            + "|sponsored|comments?|breadcrumbs?|menu|navbar|sidebar|popup|modal|paywall)(?:$|[-_])");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private HtmlText() {
    }

    /** The article of a page already decoded to text (by {@link PlainText}, which found the markup). */
    static ExtractedText read(String html, String encoding) throws UnreadableFileException {
        Document page = Jsoup.parse(html);
        String outlet = HtmlOutlet.of(page); // before the noise goes: JSON-LD is a script
        page.select(NOISE).remove();
        page.getAllElements().stream().filter(HtmlText::isFurniture).toList().forEach(Node::remove);

        Element article = mainContent(page);
        Element headline = article.selectFirst("h1");
        String title = headline != null ? headline.text() : pageTitle(page);
        String text = paragraphs(article);
        if (headline == null && !title.isEmpty()) {
            text = title + "\n\n" + text;
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw new UnreadableFileException("no article text in the page (only markup, scripts or navigation)");
        }
        return new ExtractedText("html", text, title.isEmpty() ? null : title, encoding, outlet);
    }

    /** A block named as furniture, unless it holds the article itself (a "share-enabled" story). */
    private static boolean isFurniture(Element e) {
        boolean named = NOISE_NAME.matcher(e.id()).find() || e.classNames().stream().anyMatch(c -> NOISE_NAME.matcher(c).find());
        return named && !e.nameIs("html") && !e.nameIs("body") && e.selectFirst("article, main, h1") == null;
    }

    /** The largest {@code <article>} (teasers of other stories are articles too), else {@code <main>}, else the body. */
    private static Element mainContent(Document page) {
        return page.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length()))
                .or(() -> Optional.ofNullable(page.selectFirst("main, [role=main], [itemprop=articleBody]")))
                .orElse(page.body());
    }

    private static String pageTitle(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = page.selectFirst("h1");
        return h1 != null && !h1.text().isBlank() ? h1.text() : page.title().strip();
    }

    /** Text nodes with their white space collapsed; a block element starts and ends a paragraph, {@code <br>} a line. */
    static String paragraphs(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && e.nameIs("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    out.append("\n\n");
                }
            }
        }, root);
        StringBuilder text = new StringBuilder(out.length());
        for (String line : out.toString().split("\n", -1)) {
            text.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }
}
