package org.paperbake.postprocess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.PaperbakeException;
import org.paperbake.Problem;
import org.paperbake.config.LinkPolicy;
import org.paperbake.content.ContentFile;

/**
 * The post-processor with a glossary: pinpoints, term links and the cross-reference pages.
 *
 * <p>Like {@link PostProcessor}, each page is parsed once and written once. The cross-references
 * need every page read first, so a document page is serialised with a marker where its "Terms in
 * this section" block goes, and the marker is replaced once all pages are read; term and listing pages ({@code data-fill}) are filled last.
 */
public final class ReferenceProcessor {

    /**
     * What post-processing did.
     *
     * @param pages the number of pages processed
     * @param coverage the glossary's coverage problems (names missing from it, names it has to spare)
     */
    public record Result(int pages, List<Problem> coverage) {
    }

    private static final String MARKER = "paperbake:section-references";

    private ReferenceProcessor() {
    }

    /** Post-processes every page below {@code site}: pinpoints, term links and the cross-reference pages. */
    public static Result process(Path site, List<ContentFile> content, Glossary glossary, LinkPolicy policy) {
        List<Path> pages = listPages(site);
        Map<String, ContentFile> byOutput = new HashMap<>();
        content.forEach(file -> byOutput.put(file.outputPath(), file));
        TermLinker linker = new TermLinker(glossary, policy);
        CrossReferences references = new CrossReferences(glossary);
        Map<Path, String> documentPages = new LinkedHashMap<>();
        Map<Path, Document> fillPages = new LinkedHashMap<>();
        for (Path page : pages) {
            Document document = parse(page);
            if (document.selectFirst("[data-fill]") != null) {
                fillPages.put(page, document);
                continue;
            }
            // Pinpoint anchors are already on the page (PostProcessor). Mentions are recorded on the
            // pages built from one content file; full.html repeats their text and would count them twice.
            Element article = document.selectFirst("article.document-part");
            String path = relativePath(site, page);
            if (article != null && !glossary.isEmpty() && byOutput.containsKey(path)) {
                Place template = placeOf(path, article, byOutput.get(path));
                references.add(linker.linkTerms(document, template, rootOf(path)), template);
                article.appendChild(new Comment(MARKER));
                documentPages.put(page, document.outerHtml());
            } else {
                if (article != null && !glossary.isEmpty()) {
                    // full.html repeats the parts' text: its terms are linked too, but its mentions are
                    // counted once, on the pages they belong to.
                    linker.linkTerms(document, new Place(path, document.title(), "", 0, "", "", 0), rootOf(path));
                }
                write(page, document.outerHtml());
            }
        }
        for (Map.Entry<Path, String> entry : documentPages.entrySet()) {
            String path = relativePath(site, entry.getKey());
            write(entry.getKey(), entry.getValue().replace("<!--" + MARKER + "-->", sectionBlocks(references, path)));
        }
        for (Map.Entry<Path, Document> entry : fillPages.entrySet()) {
            ReferencePages.fill(entry.getValue(), references, rootOf(relativePath(site, entry.getKey())));
            write(entry.getKey(), entry.getValue().outerHtml());
        }
        List<Problem> coverage = glossary.isEmpty() ? List.of()
                : GlossaryCoverage.check(glossary, references.mentions(), references.paragraphs(), content);
        return new Result(pages.size(), coverage);
    }

    /**
     * Reads an already built site's document pages without changing them: what {@code check}
     * uses to report the glossary's coverage.
     */
    public static List<Problem> checkCoverage(Path site, List<ContentFile> content, Glossary glossary) {
        if (glossary.isEmpty()) {
            return List.of();
        }
        Map<String, ContentFile> byOutput = new HashMap<>();
        content.forEach(file -> byOutput.put(file.outputPath(), file));
        TermLinker linker = new TermLinker(glossary, LinkPolicy.FIRST_PER_PAGE);
        List<Mention> mentions = new ArrayList<>();
        List<ParagraphScan> paragraphs = new ArrayList<>();
        for (Path page : listPages(site)) {
            Document document = parse(page);
            Element article = document.selectFirst("article.document-part");
            String path = relativePath(site, page);
            if (article != null && byOutput.containsKey(path)) {
                TermLinker.Findings findings = linker.scan(document, placeOf(path, article, byOutput.get(path)));
                mentions.addAll(findings.mentions());
                paragraphs.addAll(findings.paragraphs());
            }
        }
        return GlossaryCoverage.check(glossary, mentions, paragraphs, content);
    }

    private static String sectionBlocks(CrossReferences references, String path) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element holder = shell.body().appendElement("div");
        ReferencePages.appendSectionBlocks(holder, references, path, rootOf(path));
        return holder.html();
    }

    /** A page's place in the document, from its content file when known, else from its heading. */
    static Place placeOf(String path, Element article, ContentFile file) {
        if (file != null) {
            String number = file.string("number");
            return new Place(path, file.title(), number == null ? "" : number, file.integer("order", Integer.MAX_VALUE), "", "", 0);
        }
        Element heading = article.selectFirst("h1");
        return new Place(path, heading == null ? path : heading.text(), article.attr("data-number"), Integer.MAX_VALUE, "", "", 0);
    }

    /** The relative path from a page to the site root: "" at the root, "../" one folder down. */
    static String rootOf(String relativePath) {
        return "../".repeat((int) relativePath.chars().filter(c -> c == '/').count());
    }

    private static String relativePath(Path site, Path page) {
        return site.relativize(page).toString().replace('\\', '/');
    }

    private static Document parse(Path page) {
        try {
            Document document = Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
            document.outputSettings().prettyPrint(false);
            return document;
        } catch (IOException e) {
            throw new PaperbakeException.BadInput("cannot post-process", List.of(Problem.at(page, 0,
                    "cannot be read (" + e.getMessage() + ")", "check the output folder's permissions")));
        }
    }

    private static void write(Path page, String html) {
        try {
            Files.writeString(page, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PaperbakeException.BadInput("cannot post-process", List.of(Problem.at(page, 0,
                    "cannot be rewritten (" + e.getMessage() + ")", "check the output folder's permissions and free space")));
        }
    }

    private static List<Path> listPages(Path site) {
        return PostProcessor.listPages(site);
    }
}
