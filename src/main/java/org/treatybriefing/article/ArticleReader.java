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
 * The file's {@link ArticleFormat}, chosen by {@link Formats} (text, a saved web page, a PDF, a Word document) gives the
 * text; the checks around it (links, size, a few words only) are the same for every format.
 */
public final class ArticleReader {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

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
            ExtractedText read = extract(file.getFileName().toString(), bytes);
            int words = countWords(read.text());
            if (words < minWords) {
                return reject(ordinal, sourceId, "not an article: only " + words + " words (at least " + minWords + " expected)");
            }
            String title = read.title() == null ? title(read.text()) : shorten(read.title());
            return new ReadOutcome.Accepted(new Article(ordinal, sourceId, file.toAbsolutePath().normalize().toString(),
                    sha256(bytes), title, words, read.encoding(), read.format(), read.text(), read.outlet()));
        } catch (UnreadableFileException e) {
            return reject(ordinal, sourceId, e.getMessage());
        } catch (IOException e) {
            return reject(ordinal, sourceId, "unreadable file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /**
     * The format's text. A parser's own bug on a hostile file (a runtime exception, a stack too deep)
     * rejects that file, not the run: the other articles are still briefed.
     */
    private static ExtractedText extract(String fileName, byte[] bytes) throws UnreadableFileException {
        try {
            return Formats.of(fileName, bytes).read(bytes);
        } catch (RuntimeException | StackOverflowError e) {
            throw UnreadableFileException.because("unreadable file, its parser failed", e);
        }
    }

    private static ReadOutcome reject(int ordinal, String sourceId, String reason) {
        return new ReadOutcome.Rejected(new Rejection(ordinal, sourceId, reason));
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
                return shorten(t);
            }
        }
        return "";
    }

    private static String shorten(String title) {
        return title.length() > 200 ? title.substring(0, 200) + "…" : title;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
