package org.paperbake.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import org.paperbake.content.ContentFile;

/**
 * Finds the line of a content file that a link in its built page came from.
 *
 * <p>Editors fix content, not output: a broken link found in {@code output/x.html} is reported on
 * the line of {@code content/x.md} that wrote it. The body is parsed with Flexmark (the same
 * extensions the bake uses), so inline links, images, autolinks and reference definitions are
 * located exactly, wherever they sit in a paragraph, list or table.
 */
final class SourceLinks {

    private static final Parser PARSER = createParser();

    private SourceLinks() {}

    /**
     * The 1-based file line where {@code content} writes the link {@code target}, or 0 when its
     * body has no such link (the link came from a template or a generated list).
     */
    static int lineOf(ContentFile content, String target) {
        Node document = PARSER.parse(content.body());
        for (Node node : document.getDescendants()) {
            String url = urlOf(node);
            if (url != null
                    && (url.equals(target) || Escaping.unescapeString(url).equals(target))) {
                return content.bodyLine() + node.getLineNumber();
            }
        }
        return 0;
    }

    private static String urlOf(Node node) {
        if (node instanceof Link link) {
            return link.getUrl().toString();
        }
        if (node instanceof Image image) {
            return image.getUrl().toString();
        }
        if (node instanceof Reference reference) {
            return reference.getUrl().toString();
        }
        if (node instanceof AutoLink autoLink) {
            return autoLink.getUrl().toString();
        }
        return null;
    }

    private static Parser createParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        return Parser.builder(options).build();
    }
}
