package org.paperbake.bake;

import com.vladsch.flexmark.html.HtmlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.paperbake.content.MarkdownPolicy;
import org.paperbake.content.MarkdownSyntax;
import org.paperbake.content.Panels;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Memo;
import org.paperbake.kernel.ParagraphIds;

/**
 * Markdown to HTML with one Flexmark parser and renderer, built once and reused for every page.
 *
 * <p>JBake's own engine builds a new parser per file; Flexmark's parser and renderer are immutable
 * and thread-safe, so one pair serves the whole build. Content comes from pull requests: the build
 * refuses a body that breaks {@link MarkdownPolicy} before it gets here, and, as a second line of
 * defence, every rendered fragment is cleaned with Jsoup's {@link Cleaner} against {@link #SAFELIST}
 * (what Flexmark emits plus the raw HTML the policy allows), so no script, handler, style or unsafe
 * URL reaches a page even if the check were bypassed.
 */
public final class MarkdownRenderer {

    /** The elements and attributes a rendered body may contain. */
    static final Safelist SAFELIST = createSafelist();

    /** Only used to tell relative URLs from absolute ones while cleaning; never written out. */
    private static final String CLEANING_BASE = "https://paperbake.invalid/";

    private static final int SUMMARY_LENGTH = 160;

    /** The attribute that carries a paragraph's permanent identifier from the Markdown to the post-processor. */
    public static final String PARAGRAPH_ID = "data-pid";

    /** The elements an identifier comment may name. */
    private static final Set<String> IDENTIFIED = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li");

    private final HtmlRenderer renderer;
    private final Cleaner cleaner = new Cleaner(SAFELIST);
    private final Memo<Markdown, RenderedBody> rendered;

    /**
     * A body's Markdown: the key under which {@code serve} remembers its rendering.
     *
     * @param text the Markdown
     */
    public record Markdown(String text) {}

    /**
     * A body rendered, with what the page's metadata takes from it, found in the same parse.
     *
     * @param html the clean HTML fragment
     * @param summary the first paragraph's text, cut to about 160 characters
     * @param panelNumbers the numbers of the body's panels, in order
     * @param panelTitles their titles
     */
    public record RenderedBody(String html, String summary, List<String> panelNumbers, List<String> panelTitles) {}

    /** A renderer for {@link MarkdownSyntax} that keeps each rendered body in {@code memory}. */
    public MarkdownRenderer(BuildMemory memory) {
        this.renderer = HtmlRenderer.builder(MarkdownSyntax.OPTIONS)
                .nodeRendererFactory(options -> new PlainTextRenderer())
                .build();
        this.rendered = memory.memo(Markdown.class);
    }

    /** Renders a Markdown body to a clean HTML fragment. */
    public String renderMarkdown(String markdown) {
        return renderBody(markdown).html();
    }

    /** Renders a Markdown body to a clean HTML fragment, with its summary and panels. */
    public RenderedBody renderBody(String markdown) {
        return rendered.get(new Markdown(markdown), this::render);
    }

    private RenderedBody render(Markdown markdown) {
        String html = renderer.render(MarkdownSyntax.PARSER.parse(markdown.text()));
        Document dirty = Jsoup.parseBodyFragment(html, CLEANING_BASE);
        markParagraphIds(dirty);
        Document clean = cleaner.clean(dirty);
        removeUrlsThePolicyRefuses(clean);
        clean.outputSettings().prettyPrint(false);
        // Read from the clean tree rather than a parse of its HTML: the same tree, one parse fewer per page.
        List<Panels.Panel> panels = Panels.find(clean.body());
        return new RenderedBody(
                clean.body().html(),
                summaryOf(clean.body()),
                panels.stream().map(Panels.Panel::number).toList(),
                panels.stream().map(Panels.Panel::title).toList());
    }

    /**
     * A paragraph's identifier comment ({@code <!-- ¶ k3f9q -->}, {@link ParagraphIds}) becomes its
     * element's {@code data-pid}, which the cleaner keeps and the post-processor turns into an
     * anchor; the comment and the space before it go, so the paragraph's text is the document's.
     */
    private static void markParagraphIds(Document dirty) {
        List<Comment> comments = new ArrayList<>();
        dirty.body().forEachNode(node -> {
            if (node instanceof Comment comment) {
                comments.add(comment);
            }
        });
        for (Comment comment : comments) {
            Matcher id = ParagraphIds.ANYWHERE.matcher("<!--" + comment.getData() + "-->");
            Element parent = comment.parent();
            if (!id.matches() || parent == null || !IDENTIFIED.contains(parent.normalName())) {
                continue;
            }
            if (!parent.hasAttr(PARAGRAPH_ID)) {
                parent.attr(PARAGRAPH_ID, id.group(1));
            }
            if (comment.previousSibling() instanceof TextNode before) {
                String kept = before.getWholeText().stripTrailing();
                if (kept.isEmpty()) {
                    before.remove();
                } else {
                    before.text(kept);
                }
            }
            comment.remove();
        }
    }

    /** The first paragraph's text, cut at a word boundary to about 160 characters. */
    static String summaryOf(Element body) {
        Element first = body.selectFirst("p");
        String text = first == null ? "" : first.text().strip();
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH - 1).replaceAll("[\\s,;:.—–-]+$", "") + "…";
    }

    /**
     * What the safelist's protocol check lets through but {@link MarkdownPolicy} refuses: Jsoup resolves
     * {@code //host} against the base as https, and images must be relative or inline raster data.
     */
    private static void removeUrlsThePolicyRefuses(Document document) {
        for (Element link : document.select("a[href]")) {
            if (link.attr("href").strip().replace('\\', '/').startsWith("//")) {
                link.removeAttr("href");
            }
        }
        for (Element image : document.select("img[src]")) {
            String source = image.attr("src").strip().replace('\\', '/').toLowerCase(Locale.ROOT);
            boolean relative = !source.startsWith("//") && !source.matches("^[a-z][a-z0-9+.\\-]*:.*");
            if (!relative && !source.matches("^data:image/(png|jpeg|gif|webp);base64,.*")) {
                image.removeAttr("src");
            }
        }
    }

    private static Safelist createSafelist() {
        Safelist safelist = new Safelist()
                .addTags(
                        "p",
                        "h1",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "blockquote",
                        "ul",
                        "ol",
                        "li",
                        "em",
                        "strong",
                        "code",
                        "pre",
                        "a",
                        "img",
                        "hr",
                        "br",
                        "table",
                        "thead",
                        "tbody",
                        "tr",
                        "th",
                        "td",
                        "del")
                .addAttributes("a", "href", "title")
                .addAttributes("p", PARAGRAPH_ID)
                .addAttributes("li", PARAGRAPH_ID)
                .addAttributes("h1", PARAGRAPH_ID)
                .addAttributes("h2", PARAGRAPH_ID)
                .addAttributes("h3", PARAGRAPH_ID)
                .addAttributes("h4", PARAGRAPH_ID)
                .addAttributes("h5", PARAGRAPH_ID)
                .addAttributes("h6", PARAGRAPH_ID)
                .addAttributes("img", "src", "alt", "title")
                .addAttributes("ol", "start")
                .addAttributes("code", "class")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https", "data")
                .preserveRelativeLinks(true);
        MarkdownPolicy.ALLOWED_ELEMENTS.forEach((element, attributes) -> {
            safelist.addTags(element);
            attributes.forEach(attribute -> safelist.addAttributes(element, attribute));
        });
        return safelist;
    }
}
