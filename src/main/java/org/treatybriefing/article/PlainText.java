package org.treatybriefing.article;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A text file ({@code txt}): decoded by {@link TextDecoder}, line ends made {@code \n}. A file
 * that starts with markup is a saved web page whatever its name, and goes to {@link HtmlText}.
 * <pre>{@code
 * PlainText.INSTANCE.read("Ports to open\r\n\r\nAnn Vale said ...".getBytes(UTF_8))
 *     // ExtractedText[format=txt, text="Ports to open\n\nAnn Vale said ...", title=null, encoding=UTF-8]
 * }</pre>
 */
final class PlainText implements ArticleFormat {

    static final PlainText INSTANCE = new PlainText();

    /** Markup at the start, after an XML declaration or comments ("saved from url" of a saved page) if any. */
    private static final Pattern HTML_HINT = Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]*+>\\s*)?(?:<!--.*?-->\\s*)*"
            + "<(?:!doctype\\s+html|html|head|body|title|meta|link|style|script|p|div|span|h[1-6]|header|nav|main"
            + "|article|section)\\b");

    private PlainText() {
    }

    @Override
    public ExtractedText read(byte[] bytes) throws UnreadableFileException {
        if (looksBinary(bytes)) {
            throw new UnreadableFileException("binary file, not text (" + binaryKind(bytes) + ")");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = normalise(decoded.text());
        if (HTML_HINT.matcher(text).find()) {
            return HtmlText.read(text, decoded.encoding());
        }
        return new ExtractedText("txt", text, null, decoded.encoding());
    }

    /** Line ends become \n and a leading byte order mark goes, so offsets count characters a reader sees. */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** NUL bytes never occur in text files (UTF-16 with a BOM aside); control characters rarely do. */
    static boolean looksBinary(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return false;
        }
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        return control > sample / 100 + 1;
    }

    private static String binaryKind(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(8, bytes.length), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u0089PNG")) {
            return "PNG image";
        }
        if (head.startsWith("\u00FF\u00D8\u00FF")) {
            return "JPEG image";
        }
        if (head.startsWith("GIF8")) {
            return "GIF image";
        }
        return "unrecognised binary content";
    }
}
