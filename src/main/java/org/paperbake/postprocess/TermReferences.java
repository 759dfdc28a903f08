package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the term links of one paragraph in the markup contract's form,
 * {@code <span class="term-ref"><a class="term" …>…</a><span class="term-tip" role="tooltip" …>…</span></span>},
 * numbering the tooltips in text order ({@code tip-p-6-1-1-1}, {@code tip-p-6-1-1-2}).
 */
final class TermReferences {

    private final Glossary glossary;
    private final String paragraphId;
    private final String root;
    private int tips;

    /**
     * Links for the paragraph {@code paragraphId} of a page at {@code root} ("" or "../") from the
     * site root.
     */
    TermReferences(Glossary glossary, String paragraphId, String root) {
        this.glossary = glossary;
        this.paragraphId = paragraphId;
        this.root = root;
    }

    /** Replaces {@code node} by its text with each of {@code matches} (in text order) made a term link. */
    void link(TextNode node, List<TermMatcher.Match> matches) {
        if (matches.isEmpty()) {
            return;
        }
        String value = node.getWholeText();
        List<Node> replacement = new ArrayList<>();
        int cursor = 0;
        for (TermMatcher.Match match : matches) {
            tips++;
            replacement.add(new TextNode(value.substring(cursor, match.start())));
            replacement.add(termReference(
                    value.substring(match.start(), match.end()),
                    glossary.terms().get(match.term()),
                    "tip-" + paragraphId + "-" + tips));
            cursor = match.end();
        }
        replacement.add(new TextNode(value.substring(cursor)));
        replacement.removeIf(n -> n instanceof TextNode t && t.getWholeText().isEmpty());
        for (Node n : replacement) {
            node.before(n);
        }
        node.remove();
    }

    private Element termReference(String mention, Term term, String tipId) {
        Element reference = new Element("span").addClass("term-ref");
        reference
                .appendElement("a")
                .addClass("term")
                .attr("href", root + term.pagePath())
                .attr("aria-describedby", tipId)
                .text(mention);
        reference
                .appendElement("span")
                .addClass("term-tip")
                .attr("role", "tooltip")
                .id(tipId)
                .text(term.shortDefinition());
        return reference;
    }
}
