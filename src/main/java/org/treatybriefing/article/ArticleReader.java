package org.treatybriefing.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one file of the seed folder into an {@link Article}, or says why it cannot be one.
 * HTML is not rejected: its markup is stripped and the text is briefed.
 */
public final class ArticleReader {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    /** Markup at the start, after an XML declaration or comments ("saved from url" of a saved page) if any. */
    private static final Pattern HTML_HINT = Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]*+>\\s*)?(?:<!--.*?-->\\s*)*"
            + "<(?:!doctype\\s+html|html|head|body|title|meta|p|div|h[1-6]|article|section)\\b");

    private final long maxBytes;
    private final int minWords;

    public ArticleReader(long maxBytes, int minWords) {
        this.maxBytes = maxBytes;
        this.minWords = minWords;
    }

    public ReadOutcome read(SeedFolder folder, Path file, int ordinal) {
        String sourceId = folder.root().relativize(file).toString().replace('\\', '/');
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return reject(ordinal, sourceId, "vanished: deleted after the folder was listed");
        }
        if (folder.leadsOutside(file)) {
            return reject(ordinal, sourceId, "symbolic link leading out of the seed folder, not followed");
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return reject(ordinal, sourceId, "unreadable folder: its files cannot be listed (permissions)");
        }
        if (!Files.isRegularFile(file)) {
            return reject(ordinal, sourceId, Files.isSymbolicLink(file)
                    ? "unreadable file: not a regular file (a folder or device behind a link)"
                    : "not a regular file (a pipe, socket or device)");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                return reject(ordinal, sourceId, "empty file");
            }
            if (size > maxBytes) {
                return reject(ordinal, sourceId, "file of " + size + " bytes is over the size limit of " + maxBytes + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (looksBinary(bytes)) {
                return reject(ordinal, sourceId, "binary file, not text (" + binaryKind(bytes) + ")");
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            String text = normalise(decoded.text());
            if (HTML_HINT.matcher(text).find()) {
                text = HtmlText.strip(text);
            }
            int words = countWords(text);
            if (words < minWords) {
                return reject(ordinal, sourceId, "not an article: only " + words + " words (at least " + minWords + " expected)");
            }
            return new ReadOutcome.Accepted(new Article(ordinal, sourceId, file.getFileName().toString(),
                    sha256(bytes), title(text), words, decoded.encoding(), text));
        } catch (IOException e) {
            return reject(ordinal, sourceId, "unreadable file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static ReadOutcome reject(int ordinal, String sourceId, String reason) {
        return new ReadOutcome.Rejected(new Rejection(ordinal, sourceId, reason));
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
        String head = new String(bytes, 0, Math.min(8, bytes.length), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF")) {
            return "PDF";
        }
        if (head.startsWith("\u0089PNG")) {
            return "PNG image";
        }
        if (head.startsWith("\u00FF\u00D8\u00FF")) {
            return "JPEG image";
        }
        if (head.startsWith("GIF8")) {
            return "GIF image";
        }
        if (head.startsWith("PK")) {
            return "ZIP archive or Office document";
        }
        return "unrecognised binary content";
    }

    static int countWords(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The headline: the first non-blank line, cut to a readable length. */
    static String title(String text) {
        for (String line : text.split("\n", 20)) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t.length() > 200 ? t.substring(0, 200) + "…" : t;
            }
        }
        return "";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
