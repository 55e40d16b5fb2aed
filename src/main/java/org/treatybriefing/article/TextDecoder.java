package org.treatybriefing.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text: UTF-8 first, then UTF-16 when a byte order mark says so,
 * then Windows-1252 (the usual encoding of text pasted from old Windows tools).
 */
public final class TextDecoder {

    /** The decoded text and the charset that decoded it. */
    public record Decoded(String text, String encoding) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            Optional<String> utf8 = strict(bytes, 3, StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                return new Decoded(utf8.get(), "UTF-8");
            }
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            Optional<String> utf16 = strict(bytes, 0, StandardCharsets.UTF_16);
            if (utf16.isPresent()) {
                return new Decoded(utf16.get(), "UTF-16");
            }
        }
        int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0; // a mark, not text, whatever follows it
        return strict(bytes, 0, StandardCharsets.UTF_8)
                .map(text -> new Decoded(text, "UTF-8"))
                .orElseGet(() -> new Decoded(new String(bytes, bom, bytes.length - bom, WINDOWS_1252), "windows-1252"));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
