package org.paperbake.edition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.text.StringEscapeUtils;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An EPUB 3 edition, assembled with {@code java.util.zip}: the {@code mimetype} entry first and
 * stored, the container, the package document, the navigation document ({@code nav.xhtml}, also in
 * the reading order as the contents) with an NCX for older readers, a stylesheet and one XHTML file
 * per page. Byte for byte the same for the same document: every entry is dated with the document's
 * date, and the identifier is a name-based UUID of the edition's own text.
 */
final class EpubWriter {

    private static final String STYLESHEET = "edition.css";
    private static final LocalDate EARLIEST_ZIP_DATE = LocalDate.of(1980, 1, 1);
    private static final LocalDate LATEST_ZIP_DATE = LocalDate.of(2107, 12, 31);

    private EpubWriter() {}

    /** The EPUB file of {@code document}. */
    static byte[] write(EditionDocument document, String stylesheet) {
        List<EditionXhtml.Page> pages = EditionXhtml.pages(document);
        Map<String, String> anchors = EditionXhtml.anchors(pages, EditionXhtml.Page::file);
        anchors.put(EditionXhtml.CONTENTS_ID, "nav.xhtml");
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (EditionXhtml.Page page : pages) {
            Element body = page.body().clone();
            EditionXhtml.resolveLinks(body, anchors);
            files.put(page.file(), xhtml(page.title(), document.language(), body));
        }
        Element toc = EditionXhtml.contentsList(document);
        EditionXhtml.resolveLinks(toc, anchors);
        files.put("nav.xhtml", navigation(document, toc, anchors));
        String identifier = "urn:uuid:" + UUID.nameUUIDFromBytes(concatenated(files));
        files.put("toc.ncx", ncx(document, toc, identifier));
        files.put(STYLESHEET, stylesheet.getBytes(StandardCharsets.UTF_8));
        files.put("package.opf", packageDocument(document, pages, identifier));
        return zip(files, zipDate(document.date()));
    }

    private static byte[] xhtml(String title, String language, Element body) {
        Document page = EditionXhtml.shell(title, language);
        page.selectFirst("html").attr("xmlns:epub", "http://www.idpf.org/2007/ops");
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", STYLESHEET);
        page.body().appendChild(body);
        return EditionXhtml.serialize(page).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] navigation(EditionDocument document, Element toc, Map<String, String> anchors) {
        Element nav =
                new Element("nav").attr("epub:type", "toc").attr("id", "toc").attr("role", "doc-toc");
        nav.appendElement("h1").attr("id", EditionXhtml.CONTENTS_ID).text("Contents");
        nav.appendChild(toc);
        Element landmarks = new Element("nav").attr("epub:type", "landmarks").attr("hidden", "hidden");
        landmarks.appendElement("h2").text("Landmarks");
        Element list = landmarks.appendElement("ol");
        list.appendElement("li")
                .appendElement("a")
                .attr("epub:type", "toc")
                .attr("href", "nav.xhtml#toc")
                .text("Contents");
        if (!document.parts().isEmpty()) {
            String first = document.parts().get(0).id();
            list.appendElement("li")
                    .appendElement("a")
                    .attr("epub:type", "bodymatter")
                    .attr("href", anchors.get(first) + "#" + first)
                    .text("The text");
        }
        Document page = EditionXhtml.shell("Contents", document.language());
        page.selectFirst("html").attr("xmlns:epub", "http://www.idpf.org/2007/ops");
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", STYLESHEET);
        page.body().appendChild(nav);
        page.body().appendChild(landmarks);
        return EditionXhtml.serialize(page).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ncx(EditionDocument document, Element toc, String identifier) {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"")
                .append(escape(document.language()))
                .append("\">\n<head>\n<meta name=\"dtb:uid\" content=\"")
                .append(escape(identifier))
                .append("\"/>\n<meta name=\"dtb:depth\" content=\"2\"/>\n")
                .append("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n")
                .append("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n<docTitle><text>")
                .append(escape(document.title()))
                .append("</text></docTitle>\n<navMap>\n");
        int[] order = {0};
        navPoints(toc, xml, order);
        xml.append("</navMap>\n</ncx>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void navPoints(Element list, StringBuilder xml, int[] order) {
        for (Element item : list.children()) {
            Element link = item.selectFirst("> a");
            if (link == null) {
                continue;
            }
            order[0]++;
            xml.append("<navPoint id=\"nav-")
                    .append(order[0])
                    .append("\" playOrder=\"")
                    .append(order[0])
                    .append("\"><navLabel><text>")
                    .append(escape(link.text()))
                    .append("</text></navLabel><content src=\"")
                    .append(escape(link.attr("href")))
                    .append("\"/>\n");
            Element sub = item.selectFirst("> ol");
            if (sub != null) {
                navPoints(sub, xml, order);
            }
            xml.append("</navPoint>\n");
        }
    }

    private static byte[] packageDocument(EditionDocument document, List<EditionXhtml.Page> pages, String identifier) {
        StringBuilder xml = new StringBuilder();
        String modified = document.date() + "T00:00:00Z";
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\"")
                .append(" xml:lang=\"")
                .append(escape(document.language()))
                .append("\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append("<dc:identifier id=\"uid\">")
                .append(escape(identifier))
                .append("</dc:identifier>\n<dc:title>")
                .append(escape(document.title()))
                .append("</dc:title>\n<dc:language>")
                .append(escape(document.language()))
                .append("</dc:language>\n<dc:date>")
                .append(document.date())
                .append("</dc:date>\n<meta property=\"dcterms:modified\">")
                .append(modified)
                .append("</meta>\n")
                .append("<meta property=\"schema:accessMode\">textual</meta>\n")
                .append("<meta property=\"schema:accessModeSufficient\">textual</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>\n")
                .append("<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>\n")
                .append("<meta property=\"schema:accessibilityHazard\">none</meta>\n")
                .append("<meta property=\"schema:accessibilitySummary\">The text with its headings, numbered ")
                .append("paragraphs, panels and a linked glossary; no images.</meta>\n")
                .append("</metadata>\n<manifest>\n")
                .append(
                        "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n")
                .append("<item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n")
                .append("<item id=\"css\" href=\"" + STYLESHEET + "\" media-type=\"text/css\"/>\n");
        for (int i = 0; i < pages.size(); i++) {
            xml.append("<item id=\"page-")
                    .append(i + 1)
                    .append("\" href=\"")
                    .append(escape(pages.get(i).file()))
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
        }
        xml.append("</manifest>\n<spine toc=\"ncx\">\n<itemref idref=\"page-1\"/>\n<itemref idref=\"nav\"/>\n");
        for (int i = 1; i < pages.size(); i++) {
            xml.append("<itemref idref=\"page-").append(i + 1).append("\"/>\n");
        }
        xml.append("</spine>\n</package>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeXml10(text);
    }

    private static byte[] concatenated(Map<String, byte[]> files) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        files.forEach((name, bytes) -> {
            all.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            all.write(0);
            all.writeBytes(bytes);
        });
        return all.toByteArray();
    }

    private static LocalDateTime zipDate(LocalDate date) {
        LocalDate clamped = date.isBefore(EARLIEST_ZIP_DATE)
                ? EARLIEST_ZIP_DATE
                : date.isAfter(LATEST_ZIP_DATE) ? LATEST_ZIP_DATE : date;
        return clamped.atStartOfDay();
    }

    private static byte[] zip(Map<String, byte[]> files, LocalDateTime time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            put(zip, first, mimetype, time);
            put(zip, new ZipEntry("META-INF/container.xml"), container(), time);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                put(zip, new ZipEntry("OEBPS/" + file.getKey()), file.getValue(), time);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, ZipEntry entry, byte[] content, LocalDateTime time)
            throws IOException {
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] container() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                        + "<rootfiles><rootfile full-path=\"OEBPS/package.opf\" "
                        + "media-type=\"application/oebps-package+xml\"/></rootfiles>\n</container>\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
