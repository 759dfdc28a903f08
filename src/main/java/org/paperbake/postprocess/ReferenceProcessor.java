package org.paperbake.postprocess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.config.LinkPolicy;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.Problem;

/**
 * Where a page sits in the document and what its cross-reference blocks say, for the
 * {@link PostProcessor}; and the glossary's coverage of an already built site, for {@code check}.
 */
public final class ReferenceProcessor {

    private ReferenceProcessor() {}

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
        List<GlossaryCoverage.Uncovered> uncovered = new ArrayList<>();
        for (Path page : PostProcessor.listPages(site)) {
            String path = PostProcessor.relativePath(site, page);
            if (!byOutput.containsKey(path)) {
                continue;
            }
            Document document = PostProcessor.parse(page);
            if (document.selectFirst("article.document-part") != null) {
                TermLinker.Findings findings = linker.scan(document, placeOf(path, byOutput.get(path)));
                mentions.addAll(findings.mentions());
                uncovered.addAll(findings.uncovered());
            }
        }
        return GlossaryCoverage.check(glossary, mentions, uncovered, content);
    }

    /** The "Terms in this section" and "Related sections" blocks of a document page, as HTML. */
    static String sectionBlocks(CrossReferences references, String path) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        Element holder = shell.body().appendElement("div");
        ReferencePages.appendSectionBlocks(holder, references, path, rootOf(path));
        return holder.html();
    }

    /** The place in the document of the page built from {@code file}. */
    static Place placeOf(String path, ContentFile file) {
        return new Place(
                path, file.title(), file.number().orElse(""), file.order().orElse(Integer.MAX_VALUE), "", "", 0);
    }

    /** The relative path from a page to the site root: "" at the root, "../" one folder down. */
    static String rootOf(String relativePath) {
        return "../".repeat((int) relativePath.chars().filter(c -> c == '/').count());
    }
}
