package org.treatybriefing.article;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** TextDecoder's choice of charset, and PlainText's normalisation of what it decodes. */
class TextDecoderTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    @TempDir
    Path seeds;

    @Test
    void asciiIsUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode("Plain words.".getBytes(StandardCharsets.US_ASCII));

        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo("Plain words.");
    }

    @Test
    void validUtf8IsUtf8() {
        String text = "Zürich — “quoted” café, Łódź, Ελλάδα";

        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));

        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void windows1252CurlyQuotesAndAccentsDecodeAsWindows1252() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("He said ".getBytes(StandardCharsets.US_ASCII));
        b.write(0x93);
        b.writeBytes("it works".getBytes(StandardCharsets.US_ASCII));
        b.write(0x94);
        b.writeBytes(" in the caf".getBytes(StandardCharsets.US_ASCII));
        b.write(0xE9);
        b.write(' ');
        b.write(0x96); // en dash
        b.writeBytes(" it".getBytes(StandardCharsets.US_ASCII));
        b.write(0x92); // right single quote
        b.writeBytes("s final".getBytes(StandardCharsets.US_ASCII));

        TextDecoder.Decoded d = TextDecoder.decode(b.toByteArray());

        assertThat(d.encoding()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo("He said “it works” in the café – it’s final");
    }

    @Test
    void aLoneLatin1AccentIsNotUtf8() {
        // 0xE9 followed by ASCII is malformed UTF-8: it must not become a replacement character
        byte[] bytes = "Cr\u00e9dit agricole".getBytes(Charset.forName("windows-1252"));

        TextDecoder.Decoded d = TextDecoder.decode(bytes);

        assertThat(d.encoding()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo("Crédit agricole").doesNotContain("\uFFFD");
    }

    @Test
    void utf16LittleEndianWithAByteOrderMarkIsUtf16() {
        String text = "Déclaration “commune” — 2024";

        TextDecoder.Decoded d = TextDecoder.decode(concat(UTF16LE_BOM, text.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(d.encoding()).isEqualTo("UTF-16");
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void utf16BigEndianWithAByteOrderMarkIsUtf16() {
        String text = "Déclaration “commune” — 2024";

        TextDecoder.Decoded d = TextDecoder.decode(concat(UTF16BE_BOM, text.getBytes(StandardCharsets.UTF_16BE)));

        assertThat(d.encoding()).isEqualTo("UTF-16");
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void aUtf8ByteOrderMarkIsDropped() {
        TextDecoder.Decoded d = TextDecoder.decode(concat(UTF8_BOM, "Título".getBytes(StandardCharsets.UTF_8)));

        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo("Título");
    }

    @Test
    void aUtf8ByteOrderMarkBeforeWindows1252TextIsNotDecodedAsText() {
        // a mark saying UTF-8 before bytes that are not: the text is windows-1252, the mark is still no text
        byte[] bytes = concat(UTF8_BOM, "Caf\u00e9 au lait".getBytes(Charset.forName("windows-1252")));

        TextDecoder.Decoded d = TextDecoder.decode(bytes);

        assertThat(d.encoding()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo("Café au lait");
    }

    @Test
    void emptyInputIsEmptyUtf8() {
        TextDecoder.Decoded d = TextDecoder.decode(new byte[0]);

        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.text()).isEmpty();
    }

    @Test
    void normaliseTurnsCrlfAndCrIntoLfAndDropsAByteOrderMark() {
        assertThat(PlainText.normalise("\uFEFFa\r\nb\rc\nd\r\n")).isEqualTo("a\nb\nc\nd\n");
        assertThat(PlainText.normalise("no change\n")).isEqualTo("no change\n");
    }

    @Test
    void looksBinarySparesTextAndUtf16ButNotNulBytesOrControlCharacters() {
        assertThat(PlainText.looksBinary("Text with\ttabs\r\nand a form feed\f.".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();
        assertThat(PlainText.looksBinary(concat(UTF16LE_BOM, "abc".getBytes(StandardCharsets.UTF_16LE))))
                .isFalse();
        assertThat(PlainText.looksBinary("abc".getBytes(StandardCharsets.UTF_16LE))).isTrue();
        assertThat(PlainText.looksBinary(new byte[]{'a', 'b', 0, 'c'})).isTrue();
        byte[] controls = "x".repeat(100).getBytes(StandardCharsets.US_ASCII);
        controls[10] = 0x01;
        controls[20] = 0x02;
        controls[30] = 0x1B;
        assertThat(PlainText.looksBinary(controls)).isTrue();
        controls[30] = 'x';
        assertThat(PlainText.looksBinary(controls)).as("two stray control characters in 100 bytes").isFalse();
    }

    @Test
    void theReaderRecordsTheEncodingAndNormalisesWhatItDecoded() throws Exception {
        String body = "Both governments said the treaty would take effect after ratification by parliaments "
                + "of Northland and Southland in the spring.";
        Files.write(seeds.resolve("a-utf16.txt"),
                concat(UTF16LE_BOM, ("\uFEFFHeadline\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_16LE)));
        Files.write(seeds.resolve("b-cp1252.txt"), ("Caf\u00e9 headline\r\n" + body).getBytes(Charset.forName("windows-1252")));
        Files.write(seeds.resolve("c-bom.txt"), concat(UTF8_BOM, ("Headline\r\n" + body).getBytes(StandardCharsets.UTF_8)));

        SeedFolder folder = SeedFolder.open(seeds);
        ArticleReader reader = new ArticleReader(10_000, 10);

        Article utf16 = ((ReadOutcome.Accepted) reader.read(folder, seeds.resolve("a-utf16.txt"), 0)).article();
        Article cp1252 = ((ReadOutcome.Accepted) reader.read(folder, seeds.resolve("b-cp1252.txt"), 1)).article();
        Article bom = ((ReadOutcome.Accepted) reader.read(folder, seeds.resolve("c-bom.txt"), 2)).article();

        assertThat(utf16.encoding()).isEqualTo("UTF-16");
        assertThat(utf16.text()).isEqualTo("Headline\n" + body + "\n");
        assertThat(cp1252.encoding()).isEqualTo("windows-1252");
        assertThat(cp1252.title()).isEqualTo("Café headline");
        assertThat(bom.encoding()).isEqualTo("UTF-8");
        assertThat(bom.text()).isEqualTo("Headline\n" + body);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
