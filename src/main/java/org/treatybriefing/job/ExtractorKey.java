package org.treatybriefing.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.treatybriefing.config.ConfigLocation;
import org.treatybriefing.extract.ArticleExtractor;
import org.treatybriefing.lexicon.LexiconLoader;

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

    /** The key of the extractor that uses the lexicons of this location (each file where it is found). */
    public static ExtractorKey of(ConfigLocation lexicons) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : LexiconLoader.FILES.stream().sorted().toList()) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(lexicons.read(name));
            }
            digest.update(buildTime().getBytes(StandardCharsets.UTF_8));
            return new ExtractorKey("v" + ArticleExtractor.VERSION + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicons (" + lexicons + "): " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
