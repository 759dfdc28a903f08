package org.paperbake.bake;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown to HTML with one Flexmark parser and renderer, built once and reused for every page.
 *
 * <p>JBake's own engine builds a new parser per file; Flexmark's parser and renderer are immutable
 * and thread-safe, so one pair serves the whole build. Raw HTML in content is escaped, not passed
 * through: content comes from pull requests, and the templates are the only source of markup.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    /** A renderer with CommonMark plus tables, escaping raw HTML. */
    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders a Markdown body to an HTML fragment. */
    public String renderMarkdown(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
