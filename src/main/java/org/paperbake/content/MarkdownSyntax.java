package org.paperbake.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one Markdown dialect of content bodies: CommonMark plus tables, as Flexmark options.
 *
 * <p>Shared by the content check ({@link MarkdownPolicy}) and the renderer in the bake stage, so
 * that what is checked is exactly what is rendered. Flexmark's parser is immutable and thread-safe;
 * one instance serves the whole build.
 */
public final class MarkdownSyntax {

    /** Parser and renderer options. Raw HTML is passed to the renderer; {@link MarkdownPolicy} decides what may stay. */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .toImmutable();

    /** The shared parser. */
    public static final Parser PARSER = Parser.builder(OPTIONS).build();

    private MarkdownSyntax() {}
}
