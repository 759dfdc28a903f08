package org.paperbake.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.paperbake.content.ContentFile;
import org.paperbake.content.DocumentType;
import org.paperbake.content.Library;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Hashed;

/**
 * The editions stage: an EPUB 3 and a PDF of each document, made from the post-processed site and
 * written to {@code editions/} in it, and the download links (with the files' sizes) filled in
 * where a template asked for them — an empty {@code <div class="editions" data-editions-for="…">}
 * naming the cover's page, on a cover or the about page. A remembering {@link BuildMemory} keeps each edition keyed by its text,
 * so {@code serve} makes an edition again only when its document changed.
 */
public final class Editions {

    /** The folder of the site the editions are written to. */
    public static final String FOLDER = "editions";

    private static final Pattern PLACEHOLDER =
            Pattern.compile("<div class=\"editions\" data-editions-for=\"([^\"<>]*)\"></div>");
    private static final String ABOUT_PAGE = "about.html";
    private static final String PDF_STYLESHEET = resource("pdf.css");
    private static final String EPUB_STYLESHEET = resource("epub.css");

    private Editions() {}

    /** One document's editions: their file names in {@link #FOLDER} and their sizes in bytes. */
    public record Edition(String coverPath, String epub, long epubBytes, String pdf, long pdfBytes) {}

    /**
     * What the stage made: the editions, and the covers of documents longer than {@link #MAX_WORDS}
     * words, which get none (a PDF of thousands of pages is no reader's download, and would take
     * openhtmltopdf minutes and gigabytes).
     */
    public record Result(List<Edition> editions, List<String> tooLong) {}

    /** The longest document, in words of its parts' text, that gets editions: about 800 A4 pages. */
    public static final int MAX_WORDS = 250_000;

    /** The key of a remembered edition: all its input, the edition's own XHTML. */
    private record EditionKey(Hashed<String> xhtml) {}

    /** Both files of an edition. */
    private record Made(byte[] epub, byte[] pdf) {}

    /**
     * Makes the editions of every document of the site built in {@code site}, and links them from
     * the pages that asked for it.
     */
    public static Result make(Path site, List<ContentFile> content, BuildMemory memory) {
        List<Edition> editions = new ArrayList<>();
        List<String> tooLong = new ArrayList<>();
        for (EditionDocument document : EditionReader.read(site, content, MAX_WORDS, tooLong)) {
            String xhtml = EditionXhtml.serialize(PdfWriter.html(document, PDF_STYLESHEET)) + EPUB_STYLESHEET;
            Made files = memory.<EditionKey, Made>memo(EditionKey.class)
                    .get(
                            new EditionKey(Hashed.of(xhtml)),
                            key -> new Made(
                                    EpubWriter.write(document, EPUB_STYLESHEET),
                                    PdfWriter.write(document, PDF_STYLESHEET)));
            Path folder = site.resolve(FOLDER);
            String epub = document.name() + ".epub";
            String pdf = document.name() + ".pdf";
            try {
                Files.createDirectories(folder);
                Files.write(folder.resolve(epub), files.epub());
                Files.write(folder.resolve(pdf), files.pdf());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            editions.add(new Edition(document.coverPath(), epub, files.epub().length, pdf, files.pdf().length));
        }
        linkFromPages(site, content, editions);
        return new Result(editions, tooLong);
    }

    /**
     * Takes the placeholders out of the site's pages when no editions are made, so that no page
     * offers a download that isn't there; the pages are otherwise left as they are.
     */
    public static void unlink(Path site, List<ContentFile> content) {
        linkFromPages(site, content, List.of());
    }

    /** Fills every placeholder on the site's pages with its cover's download links. */
    private static void linkFromPages(Path site, List<ContentFile> content, List<Edition> editions) {
        Map<String, Edition> byCover = new HashMap<>();
        editions.forEach(edition -> byCover.put(edition.coverPath(), edition));
        // The pages whose templates ask for the links: each cover, the about page and, in a library,
        // each document's about page. Reading only these keeps the stage's cost off a site of
        // thousands of pages.
        List<Path> pages = Stream.of(
                        content.stream()
                                .filter(file -> file.isPublished() && file.type() == DocumentType.DOCUMENT)
                                .map(ContentFile::outputPath),
                        Stream.of(ABOUT_PAGE),
                        Library.covers(content).keySet().stream().map(Library::aboutPage))
                .flatMap(names -> names)
                .distinct()
                .sorted()
                .map(site::resolve)
                .filter(Files::isRegularFile)
                .toList();
        for (Path page : pages) {
            try {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                if (!html.contains("data-editions-for=")) {
                    continue;
                }
                String root = "../".repeat(site.relativize(page).getNameCount() - 1);
                Matcher matcher = PLACEHOLDER.matcher(html);
                StringBuilder linked = new StringBuilder();
                while (matcher.find()) {
                    Edition edition = byCover.get(matcher.group(1));
                    matcher.appendReplacement(
                            linked, Matcher.quoteReplacement(edition == null ? "" : links(edition, root)));
                }
                matcher.appendTail(linked);
                Files.writeString(page, linked, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The download links of an edition, from a page {@code root} below the site's root. */
    static String links(Edition edition, String root) {
        return "<div class=\"editions\"><p><span class=\"editions-label\">Download the text:</span> "
                + "<a href=\"" + root + FOLDER + "/" + edition.epub() + "\" type=\"application/epub+zip\" download>"
                + "EPUB 3 e-book</a> <span class=\"size\">(" + size(edition.epubBytes()) + ")</span> · "
                + "<a href=\"" + root + FOLDER + "/" + edition.pdf() + "\" type=\"application/pdf\" download>"
                + "PDF, tagged</a> <span class=\"size\">(" + size(edition.pdfBytes()) + ")</span></p></div>";
    }

    /** A file size as readers see them: {@code 48 KB}, {@code 1.2 MB}. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, (bytes + 1023) / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String resource(String name) {
        try (InputStream stream = Editions.class.getResourceAsStream(name)) {
            if (stream == null) {
                throw new IllegalStateException("the stylesheet " + name + " is missing from the jar");
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
