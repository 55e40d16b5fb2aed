package org.treatybriefing.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.treatybriefing.extract.ArticleExtractor;

/**
 * Names the extractor a stored extraction came from: its version, a fingerprint of the lexicons
 * and the build it belongs to. A stored extraction is reused only when all three are unchanged,
 * so a rebuilt extractor never serves extractions of an older one.
 */
public record ExtractorKey(String value) {

    /** The build time Maven writes into META-INF/build-info.properties ("" when run without it). */
    static String buildTime() {
        try (java.io.InputStream in = ExtractorKey.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in == null) {
                return "";
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("build.time", "");
        } catch (IOException e) {
            return "";
        }
    }

    public static ExtractorKey of(Path lexiconFolder) {
        try (Stream<Path> files = Files.list(lexiconFolder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> lexicons = files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".tsv"))
                    .sorted().toList();
            for (Path p : lexicons) {
                digest.update(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(p));
            }
            digest.update(buildTime().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new ExtractorKey("v" + ArticleExtractor.VERSION + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicons in " + lexiconFolder, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
