package org.treatybriefing.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper for reading text: every font a PDF does not embed maps to the one font
 * PDFBox ships (Liberation Sans). Text needs the widths the PDF gives, never the fonts of this
 * machine; PDFBox's own mapper scans every installed font the first time a PDF lacks one
 * (seconds on a desktop) and writes a cache to {@code ~/.pdfbox.cache}.
 * <pre>{@code
 * TextOnlyFonts.install();   // once per process, before the first PDF is opened
 * }</pre>
 */
final class TextOnlyFonts implements FontMapper {

    private static final String SHIPPED_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final TrueTypeFont fallback;

    private TextOnlyFonts(TrueTypeFont fallback) {
        this.fallback = fallback;
    }

    static void install() {
        try (InputStream in = FontMapper.class.getResourceAsStream(SHIPPED_FONT)) {
            if (in == null) {
                return; // not where PDFBox keeps it: its own mapper stays, slower but as correct
            }
            FontMappers.set(new TextOnlyFonts(new TTFParser().parse(new RandomAccessReadBuffer(in))));
        } catch (IOException e) {
            throw new UncheckedIOException("the font PDFBox ships cannot be read", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, fallback, true);
    }
}
