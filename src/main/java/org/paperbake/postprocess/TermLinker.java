package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.paperbake.config.LinkPolicy;

/**
 * Finds glossary terms in the body paragraphs of a document page and links them.
 *
 * <p>Only numbered body paragraphs ({@code p.para}) are read: headings, navigation, existing links
 * and the pinpoint numbers are not. Each text node is read once by the {@link TermMatcher}.
 * A linked mention becomes the markup contract's
 * {@code <span class="term-ref"><a class="term" …>…</a><span class="term-tip" role="tooltip" …>…</span></span>}.
 */
public final class TermLinker {

    /**
     * What a page yields.
     *
     * @param mentions every mention, in text order
     * @param dates every dated statement
     * @param uncovered the names no glossary entry covers, paragraph by paragraph in text order
     */
    public record Findings(
            List<Mention> mentions, List<DatedStatement> dates, List<GlossaryCoverage.Uncovered> uncovered) {}

    private final Glossary glossary;
    private final LinkPolicy policy;

    /** A linker for {@code glossary}'s terms under {@code policy}. */
    public TermLinker(Glossary glossary, LinkPolicy policy) {
        this.glossary = glossary;
        this.policy = policy;
    }

    /**
     * Links the terms of {@code page}, a page whose pinpoints are in place.
     *
     * @param page the parsed page
     * @param pageTemplate the page's place, with the paragraph fields empty
     * @param root the relative path from the page to the site root ("" or "../")
     */
    public Findings linkTerms(Document page, Place pageTemplate, String root) {
        List<Mention> mentions = new ArrayList<>();
        List<DatedStatement> dates = new ArrayList<>();
        List<GlossaryCoverage.Uncovered> uncovered = new ArrayList<>();
        Set<Integer> linkedOnPage = new HashSet<>();
        int index = 0;
        for (Element paragraph : page.select("article.document-part p.para")) {
            index++;
            Element pin = paragraph.selectFirst("a.pin");
            String label = pin == null
                    ? String.valueOf(index)
                    : pin.text().replace("¶", "").strip();
            Place place = new Place(
                    pageTemplate.pagePath(),
                    pageTemplate.pageTitle(),
                    pageTemplate.pageNumber(),
                    pageTemplate.pageOrder(),
                    paragraph.id(),
                    label,
                    index);
            StringBuilder text = new StringBuilder();
            List<TextNode> readable = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            collectText(paragraph, text, readable, offsets);
            String paragraphText = text.toString();
            List<int[]> sentences = Sentences.split(paragraphText);
            List<int[]> spans = new ArrayList<>();
            Set<Integer> linkedInParagraph = new HashSet<>();
            int tips = 0;
            for (int i = 0; i < readable.size(); i++) {
                TextNode node = readable.get(i);
                String value = node.getWholeText();
                int base = offsets.get(i);
                List<TermMatcher.Match> matches = glossary.matcher().findAll(value);
                List<Node> replacement = new ArrayList<>();
                int cursor = 0;
                for (TermMatcher.Match match : matches) {
                    spans.add(new int[] {base + match.start(), base + match.end()});
                    Sentences.Snippet snippet =
                            Sentences.around(paragraphText, sentences, base + match.start(), base + match.end());
                    boolean linkIt = !match.nested() && shouldLink(match.term(), linkedOnPage, linkedInParagraph);
                    mentions.add(new Mention(match.term(), place, snippet, linkIt, match.container()));
                    if (linkIt) {
                        tips++;
                        replacement.add(new TextNode(value.substring(cursor, match.start())));
                        replacement.add(termReference(
                                value.substring(match.start(), match.end()),
                                glossary.terms().get(match.term()),
                                "tip-" + paragraph.id() + "-" + tips,
                                root));
                        cursor = match.end();
                    }
                }
                if (!replacement.isEmpty()) {
                    replacement.add(new TextNode(value.substring(cursor)));
                    replacement.removeIf(
                            n -> n instanceof TextNode t && t.getWholeText().isEmpty());
                    for (Node n : replacement) {
                        node.before(n);
                    }
                    node.remove();
                }
            }
            dates.addAll(DatedStatementFinder.findIn(paragraphText, place));
            // Found here, on all cores, rather than keeping every paragraph's text for a check at the end.
            for (String name : GlossaryCoverage.uncoveredNamesIn(new ParagraphScan(place, paragraphText, spans))) {
                uncovered.add(new GlossaryCoverage.Uncovered(name, place));
            }
        }
        return new Findings(mentions, dates, uncovered);
    }

    private boolean shouldLink(int term, Set<Integer> linkedOnPage, Set<Integer> linkedInParagraph) {
        return switch (policy) {
            case EVERY_MENTION -> true;
            case FIRST_PER_PARAGRAPH -> linkedInParagraph.add(term);
            case FIRST_PER_PAGE -> linkedOnPage.add(term);
        };
    }

    /**
     * The paragraph's text (without pinpoint number and tooltips) and the text nodes that may
     * carry links: not those inside a link already.
     */
    private static void collectText(
            Element element, StringBuilder text, List<TextNode> readable, List<Integer> offsets) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                if (!isInsideLink(element)) {
                    readable.add(textNode);
                    offsets.add(text.length());
                }
                text.append(textNode.getWholeText());
            } else if (child instanceof Element inner && !inner.hasClass("pin") && !inner.hasClass("term-tip")) {
                collectText(inner, text, readable, offsets);
            }
        }
    }

    private static boolean isInsideLink(Element parent) {
        for (Element e = parent; e != null && !e.hasClass("para"); e = e.parent()) {
            if (e.tagName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static Element termReference(String mention, Term term, String tipId, String root) {
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
