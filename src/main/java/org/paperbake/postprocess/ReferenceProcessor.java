package org.paperbake.postprocess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.PaperbakeException;
import org.paperbake.Problem;
import org.paperbake.config.LinkPolicy;
import org.paperbake.content.ContentFile;

/**
 * Where a page sits in the document and what its cross-reference blocks say, for the
 * {@link PostProcessor}; and the glossary's coverage of an already built site, for {@code check}.
 */
public final class ReferenceProcessor {

    private ReferenceProcessor() {
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

    /** The "Terms in this section" and "Related sections" blocks of a document page, as HTML. */
    static String sectionBlocks(CrossReferences references, String path) {
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


    private static List<Path> listPages(Path site) {
        return PostProcessor.listPages(site);
    }
}
