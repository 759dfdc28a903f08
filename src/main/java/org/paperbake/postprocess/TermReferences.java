package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the term links of one page in the markup contract's form: in the paragraph only the link,
 * {@code <a class="term" href="…" aria-describedby="definition-united-nations">…</a>}, and after the
 * page's content one hidden list holding each linked term's short definition once,
 * {@code <div class="term-definitions" hidden><p id="definition-united-nations">…</p></div>}.
 *
 * <p>The definitions stay out of the paragraphs so that a paragraph's text — copied, read by a
 * screen reader, found in the page, shown in reader mode, printed or indexed — is the document's
 * text and nothing else. Screen readers announce a definition as its link's description (a hidden
 * element still gives a description to the element that names it), and js/site.js shows it in one
 * positioned tooltip on hover, focus and tap.
 */
final class TermReferences {

    private final Glossary glossary;
    private final String root;
    private final Set<Integer> defined = new LinkedHashSet<>();

    /** Links for a page at {@code root} ("" or "../") from the site root. */
    TermReferences(Glossary glossary, String root) {
        this.glossary = glossary;
        this.root = root;
    }

    /** The id of the element holding {@code term}'s definition on a page that links it. */
    static String definitionId(Term term) {
        return "definition-" + term.slug();
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
            Term term = glossary.terms().get(match.term());
            defined.add(match.term());
            replacement.add(new TextNode(value.substring(cursor, match.start())));
            replacement.add(new Element("a")
                    .addClass("term")
                    .attr("href", root + term.pagePath())
                    .attr("aria-describedby", definitionId(term))
                    .text(value.substring(match.start(), match.end())));
            cursor = match.end();
        }
        replacement.add(new TextNode(value.substring(cursor)));
        replacement.removeIf(n -> n instanceof TextNode t && t.getWholeText().isEmpty());
        for (Node n : replacement) {
            node.before(n);
        }
        node.remove();
    }

    /**
     * Appends the definitions of the terms linked so far, in the order they were first linked, at
     * the end of {@code page}'s {@code <main>} (of its body on a page without one): outside every
     * paragraph, and after the content in reading order. Nothing is added to a page without term
     * links.
     */
    void appendDefinitionsTo(Document page) {
        if (defined.isEmpty()) {
            return;
        }
        Element main = page.selectFirst("main");
        Element list = (main == null ? page.body() : main)
                .appendElement("div")
                .addClass("term-definitions")
                .attr("hidden", true);
        for (int index : defined) {
            Term term = glossary.terms().get(index);
            list.appendElement("p").id(definitionId(term)).text(term.shortDefinition());
        }
    }
}
