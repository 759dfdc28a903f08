package org.paperbake.postprocess;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.paperbake.content.ContentFile;

/**
 * Where a page sits in the document and what its cross-reference blocks say, for the
 * {@link PostProcessor}.
 */
public final class ReferenceProcessor {

    private ReferenceProcessor() {}

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
        String number = file.string("number");
        return new Place(
                path, file.title(), number == null ? "" : number, file.integer("order", Integer.MAX_VALUE), "", "", 0);
    }

    /** The relative path from a page to the site root: "" at the root, "../" one folder down. */
    static String rootOf(String relativePath) {
        return "../".repeat((int) relativePath.chars().filter(c -> c == '/').count());
    }
}
