package org.paperbake.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper, replaced by one that knows only the bundled DejaVu Serif.
 *
 * <p>Why: openhtmltopdf makes PDFBox's standard 14 fonts when it starts, and PDFBox's own mapper
 * then looks for them among the machine's fonts — it scans every system font folder the first
 * time ("Building on-disk font cache", seconds) and writes {@code ~/.pdfbox.cache}: slow, and
 * machine-dependent. The editions never draw with those fonts (every font in them is the bundled
 * DejaVu, embedded: EditionsIT), so any font PDFBox asks for gets DejaVu Serif as a fallback and no
 * folder is ever scanned.
 */
final class BundledFontsOnly implements FontMapper {

    private static boolean installed;

    private final TrueTypeFont fallback;

    private BundledFontsOnly(TrueTypeFont fallback) {
        this.fallback = fallback;
    }

    /** Makes PDFBox in this JVM use it; idempotent, and before any PDFBox font is made. */
    static synchronized void install() {
        if (!installed) {
            FontMappers.set(new BundledFontsOnly(load("fonts/DejaVuSerif.ttf")));
            installed = true;
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(fallback, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, fallback, true);
    }

    private static TrueTypeFont load(String resource) {
        try (InputStream stream = BundledFontsOnly.class.getResourceAsStream(resource)) {
            if (stream == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing from the jar");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(stream.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
