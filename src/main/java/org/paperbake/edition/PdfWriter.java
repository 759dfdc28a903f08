package org.paperbake.edition;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.BreakIterator;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A PDF edition, made with openhtmltopdf on PDFBox: tagged for accessibility (PDF/UA) and PDF/A-3a
 * conformant, as openhtmltopdf offers them — a structure tree in reading order, the document's
 * language and title, and real text in embedded, subset fonts (DejaVu Serif, bundled with its
 * licence, so the edition is the same on a machine with no fonts at all). The contents, links and
 * bookmarks (the outline) lead to the headings, paragraphs and glossary entries. Byte for byte the
 * same for the same document: the dates written into it are the document's, and its file
 * identifier is a hash of its text.
 */
final class PdfWriter {

    private static final String FONT_FAMILY = "DejaVu Serif";
    private static final String MONOSPACE = "DejaVu Sans Mono";
    private static final String FONT_FOLDER = "fonts/";
    private static final String PRODUCER = "Paperbake";
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("[.,;:!?)\\]}»”’\"'…]+");

    static {
        // openhtmltopdf logs every PDF/UA note at INFO through java.util.logging, dozens a document:
        // the editions' tests check what those notes are about (tags, fonts, link descriptions).
        XRLog.setLoggingEnabled(false);
        BundledFontsOnly.install();
    }

    /** Where an ICC profile's header names its primary platform (ICC.1:2010, 7.2.10). */
    private static final int PRIMARY_PLATFORM = 40;

    private PdfWriter() {}

    /**
     * The JDK's sRGB profile, its header's primary platform set to {@code APPL}. PDFBox embeds the
     * profile as the JDK's colour engine writes it back: JDK 17's always says APPL, JDK 25's keeps
     * what it is given and its own profile says MSFT. That field is all that differs, and the
     * profile carries no profile ID the change would invalidate, so the PDF is the same whichever
     * JDK makes it.
     */
    static byte[] srgbProfile() {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        byte[] platform = "APPL".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(platform, 0, profile, PRIMARY_PLATFORM, platform.length);
        return profile;
    }

    /** The PDF file of {@code document}, styled by {@code stylesheet}. */
    static byte[] write(EditionDocument document, String stylesheet) {
        Document html = html(document, stylesheet);
        String text = EditionXhtml.serialize(html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.useColorProfile(srgbProfile());
        font(builder, FONT_FAMILY, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
        font(builder, FONT_FAMILY, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, FONT_FAMILY, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
        font(builder, FONT_FAMILY, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
        font(builder, MONOSPACE, "DejaVuSansMono.ttf", 400, FontStyle.NORMAL);
        builder.withProducer(PRODUCER);
        // openhtmltopdf's own line breaker is made for URLs and breaks after any full stop, even one
        // that ends a sentence after a link; Java's breaks lines where the Unicode rules allow.
        builder.useUnicodeLineBreaker(new LineBreaker(document.language()));
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(html);
        // One text node per run of text: openhtmltopdf may break a line between two adjacent ones.
        w3c.getDocumentElement().normalize();
        builder.withW3cDocument(w3c, "");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument pdf = renderer.createPDFKeepOpen()) {
            dateAndIdentify(pdf, document, text);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF edition of " + document.coverPath() + " can't be made", e);
        }
    }

    private static void font(PdfRendererBuilder builder, String family, String file, int weight, FontStyle style) {
        builder.useFont(
                () -> {
                    InputStream stream = PdfWriter.class.getResourceAsStream(FONT_FOLDER + file);
                    if (stream == null) {
                        throw new IllegalStateException("the bundled font " + file + " is missing from the jar");
                    }
                    return stream;
                },
                family,
                weight,
                style,
                true);
    }

    /** The edition as one XHTML document: title page, contents, parts, glossary, with its bookmarks. */
    static Document html(EditionDocument document, String stylesheet) {
        Document html = EditionXhtml.shell(document.title(), document.language());
        html.head().appendElement("meta").attr("name", "subject").attr("content", document.title());
        html.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(stylesheet));
        List<EditionXhtml.Page> pages = EditionXhtml.pages(document);
        Element body = html.body();
        body.appendChild(pages.get(0).body().clone());
        Element contents = body.appendElement("nav").addClass("contents");
        contents.appendElement("h1").attr("id", EditionXhtml.CONTENTS_ID).text("Contents");
        contents.appendChild(EditionXhtml.contentsList(document));
        pages.subList(1, pages.size())
                .forEach(page -> body.appendChild(page.body().clone()));
        Map<String, String> anchors = EditionXhtml.anchors(pages, page -> "");
        anchors.put(EditionXhtml.CONTENTS_ID, "");
        EditionXhtml.resolveLinks(body, anchors);
        keepPunctuationWithItsWord(body);
        // PDF/UA: every link annotation has a description, here what the link reads.
        body.select("a[href]").forEach(link -> link.attr("title", link.text()));
        html.head().appendChild(bookmarks(document));
        return html;
    }

    /**
     * Moves the punctuation that follows a link or an emphasis into it ({@code <a>scams</a>.} becomes
     * {@code <a>scams.</a>}): openhtmltopdf may break a line where an inline element ends, which
     * would put a lone full stop at the start of the next line. The text stays the same.
     */
    private static void keepPunctuationWithItsWord(Element body) {
        for (Element inline : body.select("a, em, strong, abbr, cite, q")) {
            if (inline.nextSibling() instanceof TextNode next) {
                Matcher punctuation = LEADING_PUNCTUATION.matcher(next.getWholeText());
                if (punctuation.lookingAt()) {
                    inline.appendText(punctuation.group());
                    next.text(next.getWholeText().substring(punctuation.end()));
                }
            }
        }
    }

    /** Line breaks where Unicode's line-breaking rules allow them, for the document's language. */
    private static final class LineBreaker implements FSTextBreaker {
        private final BreakIterator iterator;

        LineBreaker(String language) {
            iterator = BreakIterator.getLineInstance(Locale.forLanguageTag(language));
        }

        @Override
        public int next() {
            return iterator.next();
        }

        @Override
        public void setText(String text) {
            iterator.setText(text);
        }
    }

    /** The outline: the contents and every part, the glossary with its entries. */
    private static Element bookmarks(EditionDocument document) {
        Element bookmarks = new Element("bookmarks");
        bookmark(bookmarks, document.title(), EditionXhtml.TITLE_ID);
        bookmark(bookmarks, "Contents", EditionXhtml.CONTENTS_ID);
        Element section = bookmarks;
        for (EditionDocument.Part part : document.parts()) {
            if (part.level() > 1 && section != bookmarks) {
                bookmark(section, part.heading(), part.id());
            } else {
                section = bookmark(bookmarks, part.heading(), part.id());
            }
        }
        if (!document.glossary().isEmpty()) {
            Element glossary = bookmark(bookmarks, "Glossary", EditionXhtml.GLOSSARY_ID);
            document.glossary().forEach(entry -> bookmark(glossary, entry.title(), entry.id()));
        }
        return bookmarks;
    }

    private static Element bookmark(Element parent, String name, String id) {
        return parent.appendElement("bookmark").attr("name", name).attr("href", "#" + id);
    }

    /**
     * Replaces the clock's dates openhtmltopdf writes (information dictionary and XMP) with the
     * document's date, and gives the file an identifier made from its text.
     */
    private static void dateAndIdentify(PDDocument pdf, EditionDocument document, String text) throws IOException {
        Calendar date = GregorianCalendar.from(document.date().atStartOfDay(ZoneOffset.UTC));
        date.setTimeZone(TimeZone.getTimeZone("UTC"));
        pdf.getDocumentInformation().setCreationDate(date);
        pdf.getDocumentInformation().setModificationDate(date);
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            try (InputStream stream = metadata.exportXMPMetadata()) {
                DomXmpParser parser = new DomXmpParser();
                // openhtmltopdf's PDF/UA schema is declared in the packet itself, not known to xmpbox.
                parser.setStrictParsing(false);
                XMPMetadata xmp = parser.parse(stream);
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic == null) {
                    basic = xmp.createAndAddXMPBasicSchema();
                }
                basic.setCreateDate(date);
                basic.setModifyDate(date);
                basic.setMetadataDate(date);
                ByteArrayOutputStream serialized = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, serialized, true);
                PDMetadata replacement = new PDMetadata(pdf);
                replacement.importXMPMetadata(serialized.toByteArray());
                pdf.getDocumentCatalog().setMetadata(replacement);
            } catch (XmpParsingException | javax.xml.transform.TransformerException e) {
                throw new IOException("the PDF's XMP metadata can't be rewritten: " + e.getMessage(), e);
            }
        }
        byte[] id = Arrays.copyOf(sha256(text), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
