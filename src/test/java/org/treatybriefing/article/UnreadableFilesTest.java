package org.treatybriefing.article;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Files of the formats read that cannot give an article: each is rejected with a reason a briefer can act on. */
class UnreadableFilesTest {

    @TempDir
    Path seeds;

    static Stream<Arguments> unreadable() {
        return Stream.of(
                row("cut-short.pdf", () -> half(SampleArticles.pdf()), "corrupt PDF: "),
                row("garbage.pdf", () -> ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< >>\n"), "corrupt PDF: "),
                row("notes.pdf", () -> ascii("Plain notes saved under a PDF name by mistake, with enough words."), "corrupt PDF: "),
                row("locked.pdf", () -> encryptedPdf("user-secret"), "encrypted PDF: it cannot be opened without its password"),
                row("scan.pdf", UnreadableFilesTest::scannedPdf, "no text layer: the PDF holds images of its pages (a scan), not text"),
                row("cut-short.docx", () -> half(SampleArticles.docx()), "not a readable Word document: "),
                row("notes.docx", () -> ascii("Plain notes saved under a Word name by mistake."), "not a readable Word document: "),
                row("blank.docx", UnreadableFilesTest::blankDocx, "no text in the Word document"),
                row("locked.docx", UnreadableFilesTest::encryptedDocx, "password-protected Office document: it cannot be opened without its password"),
                row("old.doc", () -> ole2("WordDocument"), "Word 97-2003 document (.doc), not read: save it as .docx or PDF"),
                row("old.xls", () -> ole2("Workbook"), "binary file, not text (an Office 97-2003 file, not a Word document)"),
                row("figures.xlsx", UnreadableFilesTest::xlsx, "Office file, not a Word document (an Excel workbook): not read"),
                row("photos.zip", UnreadableFilesTest::zip, "binary file, not text (a ZIP archive, not a Word document)"),
                row("menu-only.html", () -> ascii("<!DOCTYPE html><html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                        + "<script>var words = 'many words that are not text';</script><footer>All rights reserved</footer></body></html>"),
                        "no article text in the page (only markup, scripts or navigation)"),
                row("not-found.html", () -> ascii("<html><head><title>Not found</title></head><body><p>This page does not exist.</p></body></html>"),
                        "not an article: only 7 words"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void isRejectedWithItsReason(String name, Supplier<byte[]> bytes, String reason) throws IOException {
        Path file = Files.write(seeds.resolve(name), bytes.get());

        ReadOutcome outcome = new ArticleReader(5_000_000, 25).read(SeedFolder.open(seeds), file, 0);

        assertThat(outcome).isInstanceOf(ReadOutcome.Rejected.class);
        assertThat(((ReadOutcome.Rejected) outcome).rejection().reason()).startsWith(reason);
    }

    @Test
    void aPdfThatOnlyForbidsCopyingOpensWithoutAPasswordAndIsRead() throws IOException {
        // an owner password restricts what a viewer offers; the text is there for any reader (as in Tika's default)
        Path file = Files.write(seeds.resolve("restricted.pdf"), encryptedPdf(""));

        ReadOutcome outcome = new ArticleReader(5_000_000, 25).read(SeedFolder.open(seeds), file, 0);

        assertThat(outcome).isInstanceOf(ReadOutcome.Accepted.class);
        assertThat(((ReadOutcome.Accepted) outcome).article().text()).isEqualTo(SampleArticles.text());
    }

    // ---------------------------------------------------------------- files made here

    private static Arguments row(String name, Supplier<byte[]> bytes, String reason) {
        return arguments(name, bytes, reason);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] half(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** The sample PDF, encrypted: with a user password it cannot be opened, with only an owner password it can. */
    private static byte[] encryptedPdf(String userPassword) {
        try (PDDocument pdf = Loader.loadPDF(SampleArticles.pdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            pdf.protect(new StandardProtectionPolicy("owner-secret", userPassword, permissions));
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned page: an image of grey lines where the text was, and no text. */
    private static byte[] scannedPdf() {
        BufferedImage scan = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 400);
        g.setColor(Color.GRAY);
        for (int y = 30; y < 380; y += 14) {
            g.fillRect(20, y, 260, 6);
        }
        g.dispose();
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A6);
            pdf.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A6.getWidth(), PDRectangle.A6.getHeight());
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] blankDocx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph();
            doc.createParagraph().createRun().setText("   ");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample Word document with a password to open it: Office puts it in an OLE2 container. */
    private static byte[] encryptedDocx() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("user-secret");
            try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(SampleArticles.docx()));
                 OutputStream encrypted = encryptor.getDataStream(fs)) {
                docx.save(encrypted);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Office 97-2003 container holding one stream of the given name (WordDocument for .doc, Workbook for .xls). */
    private static byte[] ole2(String stream) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Catch").createRow(0).createCell(0).setCellValue("tonnes landed");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("harbour/photo-1.jpg"));
                zip.write(new byte[512]);
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
