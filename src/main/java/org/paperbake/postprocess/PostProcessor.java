package org.paperbake.postprocess;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.config.LinkPolicy;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Hashed;
import org.paperbake.kernel.Memo;
import org.paperbake.kernel.PackedText;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.kernel.Utf8Bytes;

/**
 * Rewrites the baked HTML pages with Jsoup: panels, pinpoint paragraph numbers, in-page contents,
 * heading permalinks, term links, the cross-reference blocks and pages, and the site-wide files
 * (search index, robots.txt, sitemap).
 *
 * <p>Two passes, each on all cores. The first parses every page once, applies every page-level
 * step and term linking to the tree, and writes the page; what a page yields for the search index
 * and the cross-references is kept and merged in page order, so the result doesn't depend on
 * which thread finished first. Cross-references need every page read, so a document page is
 * written with a marker where its "Terms in this section" block goes, and term and listing pages
 * ({@code data-fill}) are left to fill. The second pass splices the blocks in where the markers
 * are (in the page's bytes, no parse) and fills those pages. Pages are kept on disk between the passes, not in memory, so the
 * memory a build needs doesn't grow with the size of the site's pages.
 */
public final class PostProcessor {

    /**
     * What post-processing did.
     *
     * @param pages the number of pages processed
     * @param coverage the glossary's coverage problems (names missing from it, names it has to spare)
     * @param uncovered the names no published or draft entry covers, with the paragraphs they are in
     * @param drafts the draft entries, each with the paragraphs that mention it
     */
    public record Result(int pages, List<Problem> coverage, List<UncoveredName> uncovered, List<DraftEntry> drafts) {}

    private static final String MARKER = "<!--paperbake:section-references-->";
    private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);

    /**
     * What every page's term linking depends on: the part of the pages' keys shared by the whole
     * build.
     *
     * @param terms the glossary's entries
     * @param policy which mentions become links
     */
    public record Linking(List<Term> terms, LinkPolicy policy) {}

    /**
     * A baked page with everything its first pass depends on: the key under which {@code serve}
     * remembers the pass between builds.
     *
     * @param path the page, relative to the site root
     * @param html the page as baked
     * @param linking the glossary and link policy
     * @param place the page's place in the document when it was built from a content file, else null
     */
    public record BakedPage(String path, Utf8Bytes html, Hashed<Linking> linking, Place place) {}

    /**
     * A glossary entry's page after the first pass with what filling it reads: the key under which
     * {@code serve} remembers the filled page.
     *
     * @param path the page, relative to the site root
     * @param html the page after the first pass
     * @param linking the glossary (the page shows its titles) and link policy
     * @param mentions the entry's mentions, then its uses inside longer names
     * @param related its related terms
     */
    public record TermPage(
            String path,
            Utf8Bytes html,
            Hashed<Linking> linking,
            List<Mention> mentions,
            List<CrossReferences.Related<Integer>> related) {}

    /**
     * What the first pass made of a page and learned from it, for the merge and the second pass.
     *
     * @param html the page after the first pass, encoded once (a rebuild writes it again as it is)
     * @param searchJson its entries in the search index, as {@link SearchIndex#json} writes them
     * @param findings its mentions, dates and uncovered names, or null for a page that records none
     * @param place its place in the document, or null
     * @param finish what the second pass still has to do to it
     * @param notes its editor's notes, for the Notes page
     */
    public record FirstPass(
            Utf8Bytes html,
            PackedText searchJson,
            TermLinker.Findings findings,
            Place place,
            Finish finish,
            List<EditorNote> notes) {}

    /** What the second pass still has to do to a page. */
    public enum Finish {
        /** Nothing: the page is done. */
        NOTHING,
        /** Replace the marker with the "Terms in this section" and "Related sections" blocks. */
        SECTION_BLOCKS,
        /** Fill its {@code data-fill} slots from the cross-references. */
        FILL
    }

    private record PageResult(Path file, String path, FirstPass pass) {}

    private PostProcessor() {}

    /** Loads and initialises what post-processing uses (Jsoup's parser, selectors and printer), for {@code Site.warmUpInBackground}. */
    public static void warmUp() {
        Document document =
                Jsoup.parse("<article class=\"document-part\"><div class=\"text\"><p id=\"a\">A</p></div></article>");
        document.select("article.document-part p[id]").first();
        document.outerHtml();
    }

    /**
     * Post-processes every {@code .html} file below {@code site}, links the glossary's terms under
     * {@code policy}, fills the cross-reference blocks and pages, then writes the search index,
     * robots.txt, and the sitemap when {@code host} (site.host) is set. A page baked the same as
     * last time, with the same glossary, policy and place, is taken from {@code memory}, and so is
     * a glossary entry's page whose mentions and related terms are unchanged.
     *
     * @param content the content files the site was built from: a page built from one records its mentions
     */
    public static Result process(
            Path site,
            String host,
            List<ContentFile> content,
            Glossary glossary,
            LinkPolicy policy,
            BuildMemory memory) {
        List<Path> pages = listPages(site);
        Map<String, ContentFile> byOutput = new HashMap<>();
        content.forEach(file -> byOutput.put(file.outputPath(), file));
        TermLinker linker = new TermLinker(glossary, policy);
        Hashed<Linking> linking = memory.shared(Hashed.of(new Linking(glossary.terms(), policy)));
        Memo<BakedPage, FirstPass> firstPasses = memory.memo(BakedPage.class);
        Memo<TermPage, Utf8Bytes> termPages = memory.memo(TermPage.class);
        List<PageResult> results = pages.parallelStream()
                .map(page -> {
                    String path = PagePaths.relativePath(site, page);
                    ContentFile source = byOutput.get(path);
                    Place place = source == null ? null : Place.ofPage(path, source);
                    BakedPage baked = new BakedPage(path, read(page), linking, place);
                    FirstPass pass =
                            firstPasses.get(baked, key -> firstPass(key, text(path, key.html()), linker, glossary));
                    write(page, pass.html());
                    // The page is on disk now: keep what the merge and the second pass need, not its text.
                    return new PageResult(
                            page,
                            path,
                            new FirstPass(
                                    null,
                                    pass.searchJson(),
                                    pass.findings(),
                                    pass.place(),
                                    pass.finish(),
                                    pass.notes()));
                })
                .toList();
        CrossReferences references = new CrossReferences(glossary);
        Map<String, String> documentNames = org.paperbake.content.Library.shortTitles(content);
        references.nameDocuments(documentNames);
        SearchIndex search = new SearchIndex(memory);
        search.nameDocuments(documentNames);
        for (PageResult result : results) {
            search.add(result.pass().searchJson());
            references.addNotes(result.pass().notes());
            if (result.pass().findings() != null) {
                references.add(result.pass().findings(), result.pass().place());
            }
        }
        // Index the references once, before the pages that read them are filled in parallel.
        references.mentions();
        Map<String, Integer> termsByPage = new HashMap<>();
        for (int i = 0; i < glossary.terms().size(); i++) {
            termsByPage.put(glossary.terms().get(i).pagePath(), i);
        }
        results.parallelStream().forEach(result -> finishPage(result, references, termsByPage, linking, termPages));
        writeSiteFiles(site, host, pages, search);
        // After the site files: a redirect page is neither searched nor in the sitemap.
        Redirects.write(site, content);
        // Also without a published entry: a new document's names are the glossary work to do.
        GlossaryCoverage.Report coverage = GlossaryCoverage.report(
                glossary,
                Stream.concat(references.mentions().stream(), references.withinNames().stream())
                        .toList(),
                references.uncovered(),
                content);
        return new Result(pages.size(), coverage.problems(), coverage.uncovered(), coverage.drafts());
    }

    private static FirstPass firstPass(BakedPage baked, String html, TermLinker linker, Glossary glossary) {
        String path = baked.path();
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        PinpointAnchors.addTo(document);
        PageContents.addTo(document);
        HeadingPermalinks.addTo(document);
        List<SearchIndex.Entry> entries = SearchIndex.entriesOf(path, document, glossary);
        PackedText searchJson = PackedText.of(SearchIndex.json(entries));
        if (document.selectFirst("[data-fill]") != null) {
            return new FirstPass(Utf8Bytes.of(document.outerHtml()), searchJson, null, null, Finish.FILL, List.of());
        }
        List<EditorNote> notes = baked.place() == null ? List.of() : notesOf(document, baked.place());
        Element article = document.selectFirst("article.document-part");
        if (article == null) {
            return new FirstPass(Utf8Bytes.of(document.outerHtml()), searchJson, null, null, Finish.NOTHING, notes);
        }
        String root = PagePaths.rootOf(path);
        if (baked.place() == null) {
            // full.html repeats the parts' text: its terms are linked too, but its mentions are
            // counted once, on the pages they belong to.
            linker.linkTerms(document, new Place(path, document.title(), "", 0, "", "", 0), root);
            return new FirstPass(Utf8Bytes.of(document.outerHtml()), searchJson, null, null, Finish.NOTHING, notes);
        }
        TermLinker.Findings findings = linker.linkTerms(document, baked.place(), root);
        // A paragraph is found by the other names of the terms it mentions too ("INTERPOL").
        searchJson = PackedText.of(SearchIndex.json(SearchIndex.withMentions(entries, findings.mentions(), glossary)));
        article.appendChild(new Comment(MARKER.substring("<!--".length(), MARKER.length() - "-->".length())));
        return new FirstPass(
                Utf8Bytes.of(document.outerHtml()), searchJson, findings, baked.place(), Finish.SECTION_BLOCKS, notes);
    }

    /** The editor's notes of a page of the document (PinpointAnchors made them asides), in page order. */
    private static List<EditorNote> notesOf(Document document, Place page) {
        List<EditorNote> notes = new java.util.ArrayList<>();
        for (Element aside : document.select("article.document-part aside.editor-note[data-note-for]")) {
            Element paragraph = document.getElementById(aside.attr("data-note-for"));
            Element pin = paragraph == null ? null : paragraph.selectFirst("> a.pin");
            if (pin == null) {
                continue;
            }
            Element text = aside.clone();
            text.select("> .editor-note-label").remove();
            // The note's permanent anchor stays on its page; the Notes page links to it there.
            text.select("span.pid").remove();
            text.select("[" + PinpointAnchors.PERMANENT_ID + "]").removeAttr(PinpointAnchors.PERMANENT_ID);
            Place place = new Place(
                    page.pagePath(),
                    page.pageTitle(),
                    page.pageNumber(),
                    page.pageOrder(),
                    paragraph.id(),
                    PinpointAnchors.labelOf(pin),
                    notes.size() + 1);
            notes.add(new EditorNote(place, aside.id(), text.html()));
        }
        return List.copyOf(notes);
    }

    private static void finishPage(
            PageResult result,
            CrossReferences references,
            Map<String, Integer> termsByPage,
            Hashed<Linking> linking,
            Memo<TermPage, Utf8Bytes> termPages) {
        switch (result.pass().finish()) {
            case SECTION_BLOCKS ->
                replaceMarker(result.file(), ReferencePages.sectionBlocks(references, result.path()));
            case FILL -> {
                Integer term = termsByPage.get(result.path());
                Utf8Bytes html = read(result.file());
                if (term == null
                        || !html.contains("data-term=\"glossary/"
                                + references.glossary().terms().get(term).slug() + "\"")) {
                    writeFilled(result.file(), text(result.path(), html), references, result.path());
                } else {
                    // A glossary entry's page shows its own mentions and related terms, and the glossary's titles.
                    TermPage page = new TermPage(
                            result.path(),
                            html,
                            linking,
                            Stream.concat(
                                            references.mentionsOf(term).stream(),
                                            references.withinNames().stream().filter(m -> m.term() == term))
                                    .toList(),
                            references.relatedTerms(term, ReferencePages.RELATED));
                    write(
                            result.file(),
                            termPages.get(
                                    page,
                                    key -> Utf8Bytes.of(fill(text(key.path(), key.html()), references, key.path()))));
                }
            }
            default -> {
                // Finished in the first pass.
            }
        }
    }

    /**
     * Puts {@code blocks} where the first pass left the marker, in the page's bytes: the page is
     * neither decoded nor encoded again. The marker is the last one on the page (the first pass
     * appends it to the article, after anything the content could hold).
     */
    private static void replaceMarker(Path page, String blocks) {
        try {
            byte[] html = Files.readAllBytes(page);
            int at = lastIndexOf(html, MARKER_BYTES);
            if (at < 0) {
                throw new IOException("the first pass's marker is missing");
            }
            try (OutputStream out = Files.newOutputStream(page)) {
                out.write(html, 0, at);
                out.write(blocks.getBytes(StandardCharsets.UTF_8));
                out.write(html, at + MARKER_BYTES.length, html.length - at - MARKER_BYTES.length);
            }
        } catch (IOException e) {
            throw cannotPostProcess(
                    page,
                    "cannot be rewritten (" + e.getMessage() + ")",
                    "check the output folder's permissions and free space");
        }
    }

    private static PaperbakeException cannotPostProcess(Path file, String problem, String fix) {
        return new PaperbakeException.OutputFailed("cannot post-process", List.of(Problem.at(file, 0, problem, fix)));
    }

    private static int lastIndexOf(byte[] text, byte[] part) {
        for (int i = text.length - part.length; i >= 0; i--) {
            if (Arrays.equals(text, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static String fill(String html, CrossReferences references, String path) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        ReferencePages.fill(document, references, PagePaths.rootOf(path));
        return document.outerHtml();
    }

    /** Fills a listing page and writes it as it is made: a large document's chronology is tens of megabytes. */
    private static void writeFilled(Path page, String html, CrossReferences references, String path) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            ReferencePages.writeFilled(document, references, PagePaths.rootOf(path), out);
        } catch (IOException e) {
            throw new PaperbakeException.OutputFailed(
                    "cannot post-process",
                    List.of(Problem.at(
                            page,
                            0,
                            "cannot be rewritten (" + e.getMessage() + ")",
                            "check the output folder's permissions and free space")));
        }
    }

    private static void writeSiteFiles(Path site, String host, List<Path> pages, SearchIndex search) {
        try {
            search.writeTo(site);
            SiteFiles.writeTo(
                    site,
                    host,
                    pages.stream()
                            .map(page -> PagePaths.relativePath(site, page))
                            .toList());
        } catch (IOException e) {
            throw cannotPostProcess(
                    site,
                    "cannot write the search index, robots.txt or sitemap.xml (" + e.getMessage() + ")",
                    "check the output folder's permissions and free space");
        }
    }

    private static Utf8Bytes read(Path page) {
        try {
            return Utf8Bytes.read(page);
        } catch (IOException e) {
            throw cannotPostProcess(
                    page, "cannot be read (" + e.getMessage() + ")", "check the output folder's permissions");
        }
    }

    /** A page's text; only a file copied from the assets folder can be other than UTF-8. */
    private static String text(String path, Utf8Bytes html) {
        try {
            return html.text();
        } catch (CharacterCodingException e) {
            throw new PaperbakeException.OutputFailed(
                    "cannot post-process",
                    List.of(new Problem(
                            "output/" + path,
                            0,
                            "is not UTF-8 text, as every page of the site is read",
                            "save the file it is copied from (in the assets folder) as UTF-8")));
        }
    }

    private static void write(Path page, Utf8Bytes html) {
        try {
            html.writeTo(page);
        } catch (IOException e) {
            throw cannotPostProcess(
                    page,
                    "cannot be rewritten (" + e.getMessage() + ")",
                    "check the output folder's permissions and free space");
        }
    }

    private static List<Path> listPages(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(path -> path.toString().endsWith(".html") && Files.isRegularFile(path))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PaperbakeException.OutputFailed(
                    "cannot read the site",
                    List.of(Problem.at(
                            site,
                            0,
                            "cannot be read (" + e.getMessage() + ")",
                            "check the output folder's permissions")));
        }
    }
}
