package org.treatybriefing.article;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** What HtmlText keeps of a page: rows of a page, the text it gives and the title. */
class HtmlTextTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                arguments("the article, not the page's navigation, asides and footer",
                        "<body><header><a href='/'>Coast Daily</a><nav>Home | World</nav></header>"
                                + "<article><h1>Harbour accord signed</h1><p>Ann Vale said it was done.</p>"
                                + "<aside>Related: fishing quotas</aside><footer>Filed under: Fisheries</footer></article>"
                                + "<footer>© Coast Daily</footer></body>",
                        "Harbour accord signed\n\nAnn Vale said it was done.", "Harbour accord signed"),
                arguments("a cookie banner, a share bar and a related list, named by class or id",
                        "<body><div id='cookie-consent'>We use cookies. OK</div><main><h1>Harbour accord signed</h1>"
                                + "<p>Ann Vale said it was done.</p><ul class='social-share'><li>Share</li></ul>"
                                + "<div class='c-related_stories'>Storm season ends</div><div class='ad-slot'>Buy boats</div></main></body>",
                        "Harbour accord signed\n\nAnn Vale said it was done.", "Harbour accord signed"),
                arguments("the largest article, not the teasers of other stories",
                        "<body><article><h2>Storm season ends</h2><p>Calm.</p></article>"
                                + "<article><h1>Harbour accord signed</h1><p>Ann Vale said it was done, and more words follow.</p></article></body>",
                        "Harbour accord signed\n\nAnn Vale said it was done, and more words follow.", "Harbour accord signed"),
                arguments("a story whose class names a share feature is still the story",
                        "<body><article class='story has-share-tools'><h1>Harbour accord signed</h1><p>Ann Vale spoke.</p></article></body>",
                        "Harbour accord signed\n\nAnn Vale spoke.", "Harbour accord signed"),
                arguments("no headline in the article: og:title opens the text",
                        "<head><title>Harbour accord signed | Coast Daily</title><meta property='og:title' content='Harbour accord signed'></head>"
                                + "<body><h1 class='logo'>Coast Daily</h1><article><p>Ann Vale said it was done.</p></article></body>",
                        "Harbour accord signed\n\nAnn Vale said it was done.", "Harbour accord signed"),
                arguments("no headline in the article and no og:title: the page's h1",
                        "<head><title>Harbour accord signed | Coast Daily</title></head>"
                                + "<body><div class='story-head'><h1>Harbour accord signed</h1></div><article><p>Ann Vale said it was done.</p></article></body>",
                        "Harbour accord signed\n\nAnn Vale said it was done.", "Harbour accord signed"),
                arguments("only a <title>",
                        "<head><title>Harbour accord signed</title></head><body><p>Ann Vale said it was done.</p></body>",
                        "Harbour accord signed\n\nAnn Vale said it was done.", "Harbour accord signed"),
                arguments("inline markup stays inside its line, <br> breaks one, entities are characters",
                        "<body><h1>Ports &amp; harbours</h1><p>Ann <b>Vale</b> said &ldquo;yes&rdquo;&nbsp;today.<br>Tomas Reed agreed.</p>"
                                + "<blockquote>We will   sign\n   it.</blockquote></body>",
                        "Ports & harbours\n\nAnn Vale said “yes” today.\nTomas Reed agreed.\n\nWe will sign it.", "Ports & harbours"),
                arguments("scripts, styles, forms, hidden blocks and comments are never text",
                        "<body><h1>Harbour accord signed</h1><script>track('x')</script><style>p{}</style><!-- note -->"
                                + "<form><label>Email</label><button>Subscribe</button></form><div hidden>Old version</div>"
                                + "<div aria-hidden='true'>icon</div><p>Ann Vale said it was done.</p><noscript>Enable JavaScript</noscript></body>",
                        "Harbour accord signed\n\nAnn Vale said it was done.", "Harbour accord signed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void keepsTheArticle(String description, String html, String text, String title) throws UnreadableFileException {
        ExtractedText read = HtmlText.read(html, "UTF-8");

        assertThat(read.text()).isEqualTo(text);
        assertThat(read.title()).isEqualTo(title);
        assertThat(read.format()).isEqualTo("html");
        assertThat(read.encoding()).isEqualTo("UTF-8");
    }
}
