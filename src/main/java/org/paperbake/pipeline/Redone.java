package org.paperbake.pipeline;

import org.paperbake.bake.MarkdownRenderer;
import org.paperbake.bake.SiteBaker;
import org.paperbake.check.SiteScan;
import org.paperbake.content.ContentReader;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.postprocess.PostProcessor;

/**
 * What a build computed rather than remembered: how much of the site an edit made {@code serve}
 * redo. A fresh build redoes everything.
 *
 * @param filesRead content files read and checked
 * @param bodiesRendered Markdown bodies rendered to HTML
 * @param pagesRendered pages rendered through their template
 * @param pagesPostProcessed pages post-processed (a page's first pass, or the filling of a glossary entry's page)
 * @param pagesChecked built pages scanned by the checks
 */
public record Redone(int filesRead, int bodiesRendered, int pagesRendered, int pagesPostProcessed, int pagesChecked) {

    /** Before the first build. */
    static final Redone NOTHING = new Redone(0, 0, 0, 0, 0);

    /** What the build {@code memory} is in computed, counted by the key each stage remembers its results under. */
    static Redone countedIn(BuildMemory memory) {
        return new Redone(
                memory.computedThisBuild(ContentReader.Source.class),
                memory.computedThisBuild(MarkdownRenderer.Markdown.class),
                memory.computedThisBuild(SiteBaker.PageModel.class),
                memory.computedThisBuild(PostProcessor.BakedPage.class)
                        + memory.computedThisBuild(PostProcessor.TermPage.class),
                memory.computedThisBuild(SiteScan.BuiltPage.class));
    }

    /** As a log line says it: "1 files read, 1 bodies rendered, 2 pages rendered, …". */
    public String describe() {
        return filesRead + " files read, " + bodiesRendered + " bodies rendered, " + pagesRendered + " pages rendered, "
                + pagesPostProcessed + " pages post-processed, " + pagesChecked + " pages checked";
    }
}
