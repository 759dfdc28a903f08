package org.paperbake.edition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.content.DocumentType;
import org.paperbake.pipeline.Site;

/**
 * The EPUB and PDF editions of the seed and of a hostile fixture (markup in every title, a panel,
 * Greek and Cyrillic text): EPUBCheck finds nothing, the PDF's text is the content's paragraph by
 * paragraph, the PDF is tagged with embedded fonts and an outline, links lead somewhere, and two
 * builds give the same bytes.
 */
class EditionsIT {

    private static final String SEED_NAME = "chinas-law-based-cyberspace-governance-in-the-new-era";

    @TempDir
    static Path folder;

    static Path seed;
    static Path seedOutput;
    static Path hostile;

    @BeforeAll
    static void buildTheSeedAndTheHostileFixture() {
        seed = TestSites.copyProjectSite(folder.resolve("seed"));
        seedOutput = seed.resolve("output");
        new Site(seed, seedOutput, line -> {}).withEditions(true).build();
        hostile = TestSites.copyFixture("editions-hostile", folder.resolve("hostile"));
        TestSites.Run run = TestSites.run(
                "build",
                "--no-cache",
                "--editions",
                "--source",
                hostile.toString(),
                "--output",
                hostile.resolve("output").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void epubcheck_finds_no_error_and_no_warning_in_the_seeds_epub() {
        assertPassesEpubCheck(seedOutput.resolve("editions/" + SEED_NAME + ".epub"));
    }

    @Test
    void epubcheck_finds_no_error_and_no_warning_in_the_hostile_fixtures_epub() {
        assertPassesEpubCheck(onlyEdition(hostile.resolve("output"), ".epub"));
    }

    @Test
    void the_seeds_pdf_holds_every_paragraph_of_the_content_word_for_word_in_reading_order() {
        assertPdfHoldsTheContent(seed, seedOutput.resolve("editions/" + SEED_NAME + ".pdf"));
    }

    @Test
    void the_hostile_fixtures_pdf_holds_its_greek_cyrillic_and_escaped_markup_text_word_for_word() {
        Path pdf = onlyEdition(hostile.resolve("output"), ".pdf");
        assertPdfHoldsTheContent(hostile, pdf);
        String text = pdfText(pdf);
        assertTrue(
                text.contains("<script>alert(1)</script> Law & Order: Ελληνικά — Правила <b>bold</b>"),
                "the title is shown as the text it is: " + text);
        assertTrue(text.contains("Panel 1 A Panel with <Angle> Brackets & Ampersands"), text);
    }

    @Test
    void the_hostile_fixtures_epub_holds_its_markup_as_text_never_as_elements() throws IOException {
        Map<String, byte[]> epub = unzip(onlyEdition(hostile.resolve("output"), ".epub"));
        for (Map.Entry<String, byte[]> file : epub.entrySet()) {
            if (file.getKey().endsWith(".xhtml")) {
                Document page = xml(file.getValue());
                assertTrue(page.select("script, b, i, em:contains(Markup)").isEmpty(), file.getKey());
            }
        }
        Document opf = xml(epub.get("OEBPS/package.opf"));
        assertEquals(
                "<script>alert(1)</script> Law & Order: Ελληνικά — Правила <b>bold</b>",
                opf.selectFirst("dc|title").text());
    }

    @Test
    void the_pdf_is_tagged_in_english_with_every_font_embedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(
                seedOutput.resolve("editions/" + SEED_NAME + ".pdf").toFile())) {
            assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "marked as tagged");
            assertNotNull(pdf.getDocumentCatalog().getStructureTreeRoot(), "has a structure tree");
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
            assertEquals(
                    "China's Law-Based Cyberspace Governance in the New Era",
                    pdf.getDocumentInformation().getTitle());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfuaid"), "declares PDF/UA: " + xmp);
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
            assertEquals(2023, pdf.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
        }
    }

    @Test
    void the_pdfs_outline_has_the_contents_every_part_and_the_glossary_each_leading_to_a_page() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(
                seedOutput.resolve("editions/" + SEED_NAME + ".pdf").toFile())) {
            List<String> top = new ArrayList<>();
            PDOutlineItem section = null;
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                assertNotNull(((PDPageDestination) item.getDestination()).getPage(), item.getTitle());
                if (item.getTitle().startsWith("VI.")) {
                    section = item;
                }
            }
            assertEquals(
                    List.of(
                            "China's Law-Based Cyberspace Governance in the New Era",
                            "Contents",
                            "VI. Increasing International Exchanges and Cooperation in Law-Based Cyberspace Governance",
                            "Conclusion",
                            "Glossary"),
                    top);
            List<String> subsections = new ArrayList<>();
            section.children().forEach(item -> subsections.add(item.getTitle()));
            assertEquals(
                    List.of(
                            "6.1 Playing an Active Role in Rule Making",
                            "6.2 Conducting Extensive Exchanges and Cooperation",
                            "6.3 Creating Platforms for Dialogue"),
                    subsections);
        }
    }

    @Test
    void every_link_in_the_pdf_leads_to_a_page_of_it_or_to_an_address() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(
                seedOutput.resolve("editions/" + SEED_NAME + ".pdf").toFile())) {
            int internal = 0;
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    if (link.getAction() instanceof PDActionURI uri) {
                        assertTrue(uri.getURI().startsWith("http"), uri.getURI());
                    } else {
                        Object destination = link.getAction() instanceof PDActionGoTo goTo
                                ? goTo.getDestination()
                                : link.getDestination();
                        PDPageDestination target = (PDPageDestination) destination;
                        assertTrue(target.retrievePageNumber() >= 0, "a link leads to a page of the PDF");
                        internal++;
                    }
                }
            }
            assertTrue(internal > 100, "the contents, the term links and the glossary's back links: " + internal);
        }
    }

    @Test
    void the_glossary_appendix_links_each_term_to_the_paragraphs_that_name_it_and_back() throws IOException {
        Map<String, byte[]> epub = unzip(seedOutput.resolve("editions/" + SEED_NAME + ".epub"));
        Document glossary = xml(epub.get("OEBPS/glossary.xhtml"));
        Element entry = glossary.getElementById("term-glossary-united-nations");
        assertNotNull(entry, "the United Nations has an entry");
        Element mentions = entry.parent().selectFirst("p.mentions");
        assertTrue(
                mentions.select("a")
                        .eachAttr("href")
                        .contains("part-06-1-playing-an-active-role-in-rule-making.xhtml#p-6-1-1"),
                mentions.outerHtml());
        Document chapter = xml(epub.get("OEBPS/part-06-1-playing-an-active-role-in-rule-making.xhtml"));
        assertFalse(
                chapter.select("p#p-6-1-1 a[href=\"glossary.xhtml#term-glossary-united-nations\"]")
                        .isEmpty(),
                "¶ 6.1.1 links the term to its entry");
        assertEquals("¶ 6.1.1", chapter.selectFirst("p#p-6-1-1 > span.pin").text(), "the pinpoint is text");
        for (Map.Entry<String, byte[]> file : epub.entrySet()) {
            if (!file.getKey().endsWith(".xhtml")) {
                continue;
            }
            for (Element link : xml(file.getValue()).select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("http")) {
                    continue;
                }
                String[] target = href.split("#", 2);
                byte[] page = epub.get("OEBPS/" + target[0]);
                assertNotNull(page, file.getKey() + ": " + href);
                assertNotNull(xml(page).getElementById(target[1]), file.getKey() + ": " + href);
            }
        }
    }

    @Test
    void the_epub_starts_with_the_stored_mimetype_and_every_entry_is_dated_with_the_document() throws IOException {
        byte[] epub = Files.readAllBytes(seedOutput.resolve("editions/" + SEED_NAME + ".epub"));
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/epub+zip", new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
            for (ZipEntry entry = first; entry != null; entry = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(2023, 3, 17, 0, 0), entry.getTimeLocal(), entry.getName());
            }
        }
    }

    @Test
    void two_builds_of_the_seed_give_byte_identical_editions_the_second_asked_for_by_the_environment()
            throws IOException {
        Path again = folder.resolve("again");
        TestSites.Run run = TestSites.run(
                Map.of("PAPERBAKE_EDITIONS", "on"),
                "build",
                "--no-cache",
                "--source",
                seed.toString(),
                "--output",
                again.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String extension : List.of(".epub", ".pdf")) {
            assertArrayEquals(
                    Files.readAllBytes(seedOutput.resolve("editions/" + SEED_NAME + extension)),
                    Files.readAllBytes(again.resolve("editions/" + SEED_NAME + extension)),
                    extension);
        }
    }

    @Test
    void the_cover_and_the_about_page_link_both_editions_with_their_sizes() throws IOException {
        for (String page : List.of("index.html", "about.html")) {
            Document html = Jsoup.parse(seedOutput.resolve(page).toFile(), "UTF-8");
            Element editions = html.selectFirst("div.editions");
            assertNotNull(editions, page);
            for (String extension : List.of(".epub", ".pdf")) {
                Element link = editions.selectFirst("a[href$=" + extension + "]");
                Path file = seedOutput.resolve(link.attr("href"));
                assertTrue(Files.isRegularFile(file), page + ": " + link.attr("href"));
                String size = link.nextElementSibling().text();
                assertEquals("(" + Editions.size(Files.size(file)) + ")", size, page);
            }
        }
    }

    @Test
    void a_build_without_editions_writes_no_editions_folder_links_no_download_and_differs_in_nothing_else()
            throws IOException {
        Path plain = folder.resolve("plain");
        List<String> log = new ArrayList<>();
        new Site(seed, plain, log::add).build();
        assertFalse(Files.exists(plain.resolve(Editions.FOLDER)), "no editions/ folder");
        assertTrue(log.stream().noneMatch(line -> line.startsWith("Made the EPUB")), log.toString());
        Map<String, byte[]> withEditions = files(seedOutput);
        Map<String, byte[]> without = files(plain);
        Map<String, byte[]> expected = new LinkedHashMap<>();
        withEditions.forEach((name, bytes) -> {
            if (!name.startsWith(Editions.FOLDER + "/")) {
                String html = new String(bytes, StandardCharsets.UTF_8);
                // The download links are the only difference: the rest of each page is the same bytes.
                expected.put(
                        name,
                        name.endsWith(".html")
                                ? html.replaceAll("<div class=\"editions\"><p>.*?</p></div>", "")
                                        .getBytes(StandardCharsets.UTF_8)
                                : bytes);
            }
        });
        assertEquals(expected.keySet(), without.keySet());
        for (String name : expected.keySet()) {
            assertArrayEquals(expected.get(name), without.get(name), name);
            String text = new String(without.get(name), StandardCharsets.UTF_8);
            assertFalse(
                    text.contains("class=\"editions\"") || text.contains(Editions.FOLDER + "/"),
                    name + " names no edition: no placeholder, no link");
        }
        assertTrue(
                new String(withEditions.get("index.html"), StandardCharsets.UTF_8)
                        .contains("href=\"editions/" + SEED_NAME + ".pdf\""),
                "the build with editions links the PDF from the cover");
    }

    /** Every file of a built site by its path, in path order. */
    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void a_document_longer_than_the_limit_gets_no_edition_and_is_named() {
        List<ContentFile> content = ContentReader.readAll(hostile.resolve("content"));
        List<String> tooLong = new ArrayList<>();
        List<EditionDocument> documents = EditionReader.read(hostile.resolve("output"), content, 50, tooLong);
        assertTrue(documents.isEmpty());
        assertEquals(1, tooLong.size());
        assertTrue(tooLong.get(0).startsWith("index.md ("), tooLong.get(0));
    }

    private static void assertPassesEpubCheck(Path epub) {
        DefaultReportImpl report = new DefaultReportImpl(epub.getFileName().toString());
        new EpubCheck(epub.toFile(), report).doValidate();
        assertEquals(0, report.getFatalErrorCount(), "EPUBCheck fatal errors (printed above)");
        assertEquals(0, report.getErrorCount(), "EPUBCheck errors (printed above)");
        assertEquals(0, report.getWarningCount(), "EPUBCheck warnings (printed above)");
    }

    /**
     * Every paragraph of the site's document pages, as the content file writes it (Markdown marks
     * and entities read as text), appears in the PDF's text, in reading order, after its pinpoint.
     */
    private static void assertPdfHoldsTheContent(Path site, Path pdf) {
        String text = pdfText(pdf);
        int from = 0;
        int paragraphs = 0;
        for (Map.Entry<String, List<String>> part : expectedParagraphs(site).entrySet()) {
            for (String paragraph : part.getValue()) {
                int at = text.indexOf(paragraph, from);
                assertTrue(at >= 0, part.getKey() + ": not in the PDF after the paragraph before: " + paragraph);
                from = at + paragraph.length();
                paragraphs++;
            }
        }
        assertTrue(paragraphs > 3, "paragraphs compared: " + paragraphs);
    }

    /** Each document page's paragraphs, "¶ pin text", in reading order. */
    private static Map<String, List<String>> expectedParagraphs(Path site) {
        List<ContentFile> parts = ContentReader.readAll(site.resolve("content")).stream()
                .filter(ContentFile::isPublished)
                .filter(file -> file.type() == DocumentType.SECTION || file.type() == DocumentType.SUBSECTION)
                .sorted(Comparator.comparingInt(
                        (ContentFile file) -> file.order().orElseThrow()))
                .toList();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (ContentFile part : parts) {
            List<String> texts = new ArrayList<>();
            boolean inNote = false;
            for (String line : part.body().split("\n")) {
                // An editor's note ("> [!NOTE]" and its quoted lines) is the edition's, not a paragraph.
                inNote = line.startsWith("> [!") || inNote && line.startsWith(">");
                String paragraph = line.startsWith(">") ? line.substring(1).strip() : line.strip();
                if (inNote || paragraph.isEmpty() || paragraph.startsWith("**Panel ")) {
                    continue;
                }
                String markdownless = paragraph
                        .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                        .replace("**", "")
                        .replaceAll("(?<![\\w*])\\*([^*]+)\\*", "$1")
                        .replace("`", "");
                texts.add(normalise(Jsoup.parseBodyFragment(markdownless).text()));
            }
            List<String> pins = pinpointsOn(site.resolve("output").resolve(part.outputPath()));
            assertEquals(pins.size(), texts.size(), part.relativePath() + ": paragraphs and pinpoints");
            List<String> paragraphs = new ArrayList<>();
            for (int i = 0; i < pins.size(); i++) {
                paragraphs.add("¶ " + pins.get(i) + " " + texts.get(i));
            }
            expected.put(part.relativePath(), paragraphs);
        }
        return expected;
    }

    private static List<String> pinpointsOn(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8")
                    .select("article.document-part > div.text p.para > a.pin")
                    .eachAttr("data-pin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's text in reading order, page numbers left out, white space made single spaces. */
    private static String pdfText(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            // A line ending in a hyphen is a word broken at its own hyphen ("e-" / "commerce"): the
            // PDF has no soft hyphens, so the two lines join without a space, as a reader's copy does.
            return normalise(text.replaceAll("(?m)^\\d+\\s*$", "").replaceAll("(?<=\\S-)\\R", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static Path onlyEdition(Path output, String extension) {
        try (Stream<Path> files = Files.list(output.resolve(Editions.FOLDER))) {
            List<Path> found =
                    files.filter(file -> file.toString().endsWith(extension)).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> unzip(Path epub) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static Document xml(byte[] bytes) {
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
    }
}
