package org.treatybriefing.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Deflater;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** ArticleReader and SeedFolder on small files written by each test. */
class ArticleReaderTest {

    /** 29 words of an invented article, enough for the reader's lower limit of 20 below. */
    private static final String BODY = "Northland and Southland signed a partnership treaty on Tuesday. "
            + "The agreement covers trade, energy and transport, and both governments said it would take "
            + "effect after ratification by their parliaments.";

    private static final int MIN_WORDS = 20;
    private static final long MAX_BYTES = 4_000;

    @TempDir
    Path temp;

    /** The seed folder, and a folder beside it that links must not lead to. */
    private Path seeds;
    private Path elsewhere;

    private final ArticleReader reader = new ArticleReader(MAX_BYTES, MIN_WORDS);

    @BeforeEach
    void folders() throws IOException {
        seeds = Files.createDirectory(temp.resolve("seeds"));
        elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
    }

    @Test
    void theBodyHasTheWordCountTheseTestsAssume() {
        assertThat(ArticleReader.countWords(BODY)).isEqualTo(29);
    }

    // ---------------------------------------------------------------- accepted articles

    @Test
    void acceptsAPlainUtf8Article() throws Exception {
        String text = "\n  Treaty signed in Valdoria  \n\n" + BODY + " Zürich café “quoted”.\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path file = write("news/2024/first.txt", bytes);

        Article a = accepted(read(file, 7));

        assertThat(a.ordinal()).isEqualTo(7);
        assertThat(a.sourceId()).isEqualTo("news/2024/first.txt");
        assertThat(a.file()).as("where a briefer opens it, not the source id again").isEqualTo(file.toAbsolutePath().normalize().toString());
        assertThat(a.sha256()).isEqualTo(sha256(bytes)).hasSize(64);
        assertThat(a.title()).isEqualTo("Treaty signed in Valdoria");
        // 4 title words + 29 body words + Zürich café quoted
        assertThat(a.words()).isEqualTo(4 + 29 + 3);
        assertThat(a.encoding()).isEqualTo("UTF-8");
        assertThat(a.text()).contains("Zürich café “quoted”");
    }

    @Test
    void theSha256IsOfTheFileBytesNotOfTheDecodedText() throws Exception {
        byte[] crlf = ("Title\r\n" + BODY).getBytes(StandardCharsets.UTF_8);
        byte[] lf = ("Title\n" + BODY).getBytes(StandardCharsets.UTF_8);

        Article a = accepted(read(write("crlf.txt", crlf), 0));
        Article b = accepted(read(write("lf.txt", lf), 1));

        assertThat(a.text()).isEqualTo(b.text());
        assertThat(a.sha256()).isEqualTo(sha256(crlf)).isNotEqualTo(b.sha256());
    }

    @Test
    void aLongFirstLineIsCutToATitleOf200Characters() throws Exception {
        String longLine = "Headline ".repeat(40).strip();

        Article a = accepted(read(write("long.txt", (longLine + "\n" + BODY).getBytes(StandardCharsets.UTF_8)), 0));

        assertThat(a.title()).hasSize(201).endsWith("…").startsWith("Headline Headline");
    }

    @Test
    void aFileExactlyAtTheSizeLimitIsAccepted() throws Exception {
        String text = BODY + " " + "x".repeat((int) MAX_BYTES - BODY.length() - 1);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize((int) MAX_BYTES);

        assertThat(read(write("limit.txt", text.getBytes(StandardCharsets.UTF_8)), 0))
                .isInstanceOf(ReadOutcome.Accepted.class);
    }

    @Test
    void windows1252TextIsDecodedAsWindows1252() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Minister said ".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0x93);
        bytes.writeBytes("we agree".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0x94);
        bytes.writeBytes(" at the caf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.writeBytes(("\n" + BODY).getBytes(StandardCharsets.US_ASCII));

        Article a = accepted(read(write("cp1252.txt", bytes.toByteArray()), 0));

        assertThat(a.encoding()).isEqualTo("windows-1252");
        assertThat(a.title()).isEqualTo("Minister said “we agree” at the café");
        assertThat(a.text()).doesNotContain("\uFFFD");
    }

    @Test
    void utf16WithAByteOrderMarkIsDecodedAsUtf16AndIsNotTakenForBinary() throws Exception {
        // UTF-16 is full of NUL bytes: only its byte order mark keeps it from the binary check
        byte[] le = concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                ("Título\r\n" + BODY).getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[]{(byte) 0xFE, (byte) 0xFF},
                ("Título\r\n" + BODY).getBytes(StandardCharsets.UTF_16BE));

        Article a = accepted(read(write("le.txt", le), 0));
        Article b = accepted(read(write("be.txt", be), 1));

        assertThat(a.encoding()).isEqualTo("UTF-16");
        assertThat(b.encoding()).isEqualTo("UTF-16");
        assertThat(a.title()).isEqualTo("Título");
        assertThat(a.text()).isEqualTo("Título\n" + BODY).isEqualTo(b.text());
    }

    @Test
    void aUtf8ByteOrderMarkIsDropped() throws Exception {
        byte[] bytes = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("Headline\n" + BODY).getBytes(StandardCharsets.UTF_8));

        Article a = accepted(read(write("bom.txt", bytes), 0));

        assertThat(a.encoding()).isEqualTo("UTF-8");
        assertThat(a.text()).startsWith("Headline\n").doesNotContain("\uFEFF");
        assertThat(a.title()).isEqualTo("Headline");
    }

    @Test
    void crlfAndLoneCrBecomeLf() throws Exception {
        String text = "Headline\r\n\r\nFirst paragraph here.\rSecond paragraph.\r\n" + BODY;

        Article a = accepted(read(write("crlf.txt", text.getBytes(StandardCharsets.UTF_8)), 0));

        assertThat(a.text()).doesNotContain("\r")
                .startsWith("Headline\n\nFirst paragraph here.\nSecond paragraph.\n");
    }

    @Test
    void htmlIsStrippedToItsTextAndBriefed() throws Exception {
        String html = "<!DOCTYPE html>\n<html><head>"
                + "<style>p { color: red; }</style>"
                + "<script type=\"text/javascript\">var secret = '<p>injected</p>'; track();</script>"
                + "</head><body>"
                + "<h1>Partnership &amp; Trade Treaty</h1>"
                + "<p class=\"lead\">Officials called it &quot;a fresh start&quot; &mdash; caf&eacute; talk.</p>"
                + "<div><p>" + BODY + "</p></div>"
                + "<SCRIPT>alert(1)</SCRIPT>"
                + "</body></html>";

        Article a = accepted(read(write("page.html.txt", html.getBytes(StandardCharsets.UTF_8)), 0));

        assertThat(a.text())
                .doesNotContain("<", ">", "secret", "track()", "injected", "alert", "color: red", "&amp;", "&quot;")
                .contains("Officials called it \"a fresh start\" — café talk.")
                .contains(BODY);
        assertThat(a.title()).isEqualTo("Partnership & Trade Treaty");
        assertThat(a.words()).isEqualTo(ArticleReader.countWords(a.text()));
    }

    @Test
    void aSavedPageIsHtmlDespiteTheCommentOrXmlDeclarationBeforeItsMarkup() throws Exception {
        String saved = "<!-- saved from url=(0026)http://news.example/a-1 -->\n"
                + "<html><body><h1>Ports to open</h1><p>" + BODY + "</p></body></html>";
        String xhtml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>Ports to open</h1><p>" + BODY + "</p></body></html>";

        for (String page : List.of(saved, xhtml)) {
            Article a = accepted(read(write("saved.txt", page.getBytes(StandardCharsets.UTF_8)), 0));
            assertThat(a.title()).isEqualTo("Ports to open");
            assertThat(a.text()).isEqualTo("Ports to open\n\n" + BODY);
        }
    }

    @Test
    void anHtmlFragmentIsHtml() throws Exception {
        for (String fragment : List.of("<h1>Ports to open</h1><p class=\"lead\">" + BODY + "</p>",
                "<p class=\"lead\">Ports to open</p><p>" + BODY + "</p>",
                "<head><title>Ports to open</title></head><body><p>" + BODY + "</p></body>")) {
            Article a = accepted(read(write("fragment.txt", fragment.getBytes(StandardCharsets.UTF_8)), 0));
            assertThat(a.text()).as(fragment).doesNotContain("<", ">").contains(BODY);
            assertThat(a.title()).as(fragment).isEqualTo("Ports to open");
        }
    }

    @Test
    void htmlCommentsGoWholeEvenWhenTheyHoldMarkup() throws Exception {
        String html = "<!DOCTYPE html><html><body><!-- layout: a > b --><h1>Ports to open</h1>"
                + "<!--[if IE]><p>Please upgrade your browser</p><![endif]--><p>" + BODY + "</p></body></html>";

        Article a = accepted(read(write("comments.txt", html.getBytes(StandardCharsets.UTF_8)), 0));

        assertThat(a.title()).isEqualTo("Ports to open");
        assertThat(a.text()).doesNotContain("-->", "layout", "upgrade", "endif");
    }

    @Test
    void textThatMerelyContainsATagIsNotTreatedAsHtml() throws Exception {
        String text = "Headline\n" + BODY + " Readers wrote <b>bold</b> in comments.";

        Article a = accepted(read(write("plain.txt", text.getBytes(StandardCharsets.UTF_8)), 0));

        assertThat(a.text()).contains("<b>bold</b>");
    }

    // ---------------------------------------------------------------- rejections

    @Test
    void rejectsAnEmptyFile() throws Exception {
        Rejection r = rejected(read(write("empty.txt", new byte[0]), 3));

        assertThat(r.ordinal()).isEqualTo(3);
        assertThat(r.file()).isEqualTo("empty.txt");
        assertThat(r.reason()).isEqualTo("empty file");
    }

    @Test
    void rejectsAPngRenamedTxt() throws Exception {
        byte[] png = concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
                'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0}, BODY.getBytes(StandardCharsets.US_ASCII));

        Rejection r = rejected(read(write("photo.txt", png), 0));

        assertThat(r.reason()).startsWith("binary file").contains("PNG image");
    }

    @Test
    void aPdfRenamedTxtIsReadAsAPdfByItsBytesAndThisOneIsCorrupt() throws Exception {
        // a PDF header and one stream, but no page tree, cross-reference table or trailer
        byte[] stream = deflate((BODY + " ").repeat(5));
        byte[] pdf = concat(concat(("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length " + stream.length
                        + " /Filter /FlateDecode >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1), stream),
                "\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));

        Rejection r = rejected(read(write("report.txt", pdf), 0));

        assertThat(r.reason()).startsWith("corrupt PDF: ");
    }

    @Test
    void rejectsAFileOverTheSizeLimit() throws Exception {
        byte[] big = (BODY + " ").repeat(30).getBytes(StandardCharsets.UTF_8);
        assertThat((long) big.length).isGreaterThan(MAX_BYTES);

        Rejection r = rejected(read(write("big.txt", big), 0));

        assertThat(r.reason()).contains("over the size limit")
                .contains(String.valueOf(big.length))
                .contains(String.valueOf(MAX_BYTES));
    }

    @Test
    void rejectsTooFewWordsAsNotAnArticle() throws Exception {
        Rejection r = rejected(read(write("short.txt", "Photo: Northland delegation, 2024. 12 345".getBytes(
                StandardCharsets.UTF_8)), 0));

        assertThat(r.reason()).startsWith("not an article").contains("only 3 words").contains("at least 20");
    }

    @Test
    void rejectsHtmlThatHoldsTooFewWordsOnceStripped() throws Exception {
        String html = "<html><body><script>" + "var x = 'lots of words here'; ".repeat(20)
                + "</script><p>Page not found</p></body></html>";

        Rejection r = rejected(read(write("404.txt", html.getBytes(StandardCharsets.UTF_8)), 0));

        assertThat(r.reason()).contains("only 3 words");
    }

    @Test
    void rejectsASymbolicLinkLeadingOutsideTheFolderWithoutReadingIt() throws Exception {
        Path outsideFile = elsewhere.resolve("secret.txt");
        Files.writeString(outsideFile, "Secret\n" + BODY);
        Path link = symlink(seeds.resolve("innocent.txt"), outsideFile);
        write("other.txt", ("Other\n" + BODY).getBytes(StandardCharsets.UTF_8));

        SeedFolder folder = SeedFolder.open(seeds);
        assertThat(folder.files()).contains(link);
        assertThat(folder.leadsOutside(link)).isTrue();

        Rejection r = rejected(reader.read(folder, link, 0));

        // the outside file is a perfectly good article: the link check alone rejects it
        assertThat(r.file()).isEqualTo("innocent.txt");
        assertThat(r.reason()).contains("symbolic link").contains("not followed");
    }

    @Test
    void aLinkToASiblingFolderWhoseNameStartsLikeTheSeedFolderLeadsOutside() throws Exception {
        Path sibling = Files.createDirectory(temp.resolve("seeds-other"));
        Path target = Files.writeString(sibling.resolve("x.txt"), "Sibling\n" + BODY);
        Path link = symlink(seeds.resolve("x.txt"), target);

        SeedFolder folder = SeedFolder.open(seeds);

        assertThat(folder.leadsOutside(link)).isTrue();
        assertThat(rejected(reader.read(folder, link, 0)).reason()).contains("symbolic link");
    }

    @Test
    void aRegularFileNeverLeadsOutside() throws Exception {
        Path file = write("plain.txt", bodyBytes());

        assertThat(SeedFolder.open(seeds).leadsOutside(file)).isFalse();
    }

    @Test
    void rejectsADanglingSymbolicLink() throws Exception {
        write("real.txt", ("Real\n" + BODY).getBytes(StandardCharsets.UTF_8));
        Path link = symlink(seeds.resolve("gone.txt"), seeds.resolve("no-such-file.txt"));

        Rejection r = rejected(reader.read(SeedFolder.open(seeds), link, 0));

        assertThat(r.reason()).contains("symbolic link");
    }

    @Test
    void rejectsAFileThatCannotBeReadWithTheReason() throws Exception {
        // root reads any file whatever its permissions, so "unreadable" is a link to a folder inside the seeds
        Files.createDirectories(seeds.resolve("sub"));
        Path link = symlink(seeds.resolve("not-a-file.txt"), seeds.resolve("sub"));

        Rejection r = rejected(reader.read(SeedFolder.open(seeds), link, 0));

        assertThat(r.reason()).startsWith("unreadable file");
    }

    @Test
    void followsASymbolicLinkThatStaysInsideTheFolder() throws Exception {
        Path target = write("sub/real.txt", ("Real headline\n" + BODY).getBytes(StandardCharsets.UTF_8));
        Path link = symlink(seeds.resolve("alias.txt"), target);

        SeedFolder folder = SeedFolder.open(seeds);
        assertThat(folder.leadsOutside(link)).isFalse();
        Article a = accepted(reader.read(folder, link, 0));

        assertThat(a.sourceId()).isEqualTo("alias.txt");
        assertThat(a.title()).isEqualTo("Real headline");
    }

    // ---------------------------------------------------------------- SeedFolder

    @Test
    void openingAMissingFolderSaysSo() {
        Path missing = seeds.resolve("no-such-folder");

        assertThatThrownBy(() -> SeedFolder.open(missing))
                .isInstanceOf(SeedFolderException.class)
                .hasMessageContaining("no-such-folder")
                .hasMessageContaining("does not exist");
    }

    @Test
    void openingAFileInsteadOfAFolderSaysSo() throws Exception {
        Path file = write("article.txt", BODY.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> SeedFolder.open(file))
                .isInstanceOf(SeedFolderException.class)
                .hasMessageContaining("article.txt")
                .hasMessageContaining("is not a folder");
    }

    @Test
    void openingAnEmptyFolderSaysSo() throws Exception {
        Path empty = Files.createDirectory(seeds.resolve("empty"));

        assertThatThrownBy(() -> SeedFolder.open(empty))
                .isInstanceOf(SeedFolderException.class)
                .hasMessageContaining("empty")
                .hasMessageContaining("holds no files");
    }

    @Test
    void aFolderWithOnlyHiddenFilesAndSubfoldersCountsAsEmpty() throws Exception {
        Files.writeString(seeds.resolve(".DS_Store"), "x");
        Files.createDirectories(seeds.resolve("sub/deeper"));

        assertThatThrownBy(() -> SeedFolder.open(seeds))
                .isInstanceOf(SeedFolderException.class)
                .hasMessageContaining("holds no files");
    }

    @Test
    void listsFilesInSortedOrderIncludingSubfoldersAndSkipsHiddenOnes() throws Exception {
        write("b.txt", bodyBytes());
        write("a.txt", bodyBytes());
        write("sub/c.txt", bodyBytes());
        write("sub/a.txt", bodyBytes());
        write("a2/z.txt", bodyBytes());
        write(".DS_Store", bodyBytes());
        write("sub/.hidden.txt", bodyBytes());
        write(".git/config", bodyBytes());

        SeedFolder folder = SeedFolder.open(seeds);
        List<String> listed = folder.files().stream()
                .map(p -> folder.root().relativize(p).toString().replace('\\', '/')).toList();

        assertThat(listed).containsExactly("a.txt", "a2/z.txt", "b.txt", "sub/a.txt", "sub/c.txt");
        assertThat(folder.files()).allMatch(Path::isAbsolute);
    }

    @Test
    void openNormalisesADottedPath() throws Exception {
        write("a.txt", bodyBytes());

        SeedFolder folder = SeedFolder.open(seeds.resolve("sub/..").resolve("."));

        assertThat(folder.root()).isEqualTo(seeds.toAbsolutePath().normalize());
        assertThat(accepted(reader.read(folder, folder.files().get(0), 0)).sourceId()).isEqualTo("a.txt");
    }

    // ---------------------------------------------------------------- helpers

    private ReadOutcome read(Path file, int ordinal) {
        return reader.read(SeedFolder.open(seeds), file, ordinal);
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        Path file = seeds.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static byte[] bodyBytes() {
        return ("Headline\n" + BODY).getBytes(StandardCharsets.UTF_8);
    }

    private static Path symlink(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here: " + e);
            return link;
        }
    }

    private static Article accepted(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
        return ((ReadOutcome.Accepted) outcome).article();
    }

    private static Rejection rejected(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
        return ((ReadOutcome.Rejected) outcome).rejection();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] deflate(String text) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        d.setInput(text.getBytes(StandardCharsets.US_ASCII));
        d.finish();
        byte[] buf = new byte[8192];
        int n = d.deflate(buf);
        d.end();
        byte[] out = new byte[n];
        System.arraycopy(buf, 0, out, 0, n);
        return out;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    // --- what a folder holds besides files (issue 12, defect 5) ---

    @Test
    void aPipeInTheFolderIsListedAndRejectedAsNotARegularFile() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("pipe-seeds"));
        Files.writeString(seeds.resolve("a.txt"), BODY);
        Path fifo = seeds.resolve("feed");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
        SeedFolder folder = SeedFolder.open(seeds);

        assertThat(folder.files()).contains(fifo);
        assertThat(rejected(reader.read(folder, fifo, 1)).reason()).isEqualTo("not a regular file (a pipe, socket or device)");
    }

    @Test
    void aSubfolderThatCannotBeListedIsAnEntryRejectedWithItsReason() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("locked-seeds"));
        Files.writeString(seeds.resolve("a.txt"), BODY);
        Path locked = Files.createDirectories(seeds.resolve("locked"));
        SeedFolder folder = SeedFolder.open(seeds);
        SeedFolder.Listing listing = folder.new Listing();

        // what the walk meets when the folder is another user's (a test run as root cannot make one)
        listing.visitFileFailed(locked, new java.nio.file.AccessDeniedException(locked.toString()));

        assertThat(listing.entries).containsExactly(locked);
        assertThat(rejected(reader.read(folder, locked, 1)).reason()).startsWith("unreadable folder");
    }

    @Test
    void aFileDeletedAfterTheListingIsRejectedAsVanished() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("vanish-seeds"));
        Files.writeString(seeds.resolve("a.txt"), BODY);
        Path gone = Files.writeString(seeds.resolve("b.txt"), BODY);
        SeedFolder folder = SeedFolder.open(seeds);
        assertThat(folder.files()).contains(gone);
        Files.delete(gone);

        assertThat(rejected(reader.read(folder, gone, 1)).reason()).isEqualTo("vanished: deleted after the folder was listed");
    }
}
