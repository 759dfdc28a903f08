package org.paperbake.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.paperbake.kernel.Problem;

/**
 * Checks that every built page carries the site's Content-Security-Policy and needs nothing it forbids.
 *
 * <p>The policy ({@link #POLICY}) allows scripts, styles and images only from the site's own files
 * (and {@code data:} images), so a page that relies on inline script, inline style, a {@code style=}
 * or {@code on…=} attribute, or a {@code javascript:} URL would break in the browser; worse, such
 * markup in a page means something put it there that the templates didn't. The check runs on the
 * finished pages, after post-processing, and fails the build with the page and line.
 * {@code <script type="application/ld+json">} is data, not script, and allowed.
 */
final class ContentSecurityCheck {

    /**
     * The policy every page declares in a {@code <meta http-equiv>}. {@code frame-ancestors} is left
     * out because browsers ignore it in a meta element. {@code 'self'} covers the site's own files
     * served over HTTP and opened from disk.
     */
    public static final String POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "object-src 'none'; base-uri 'self'; form-action 'self'";

    /** Where a page declares its policy: the first match is the one that counts. */
    static final String POLICY_META = "head > meta[http-equiv=Content-Security-Policy]";

    private static final Pattern SPACE_OR_CONTROL = Pattern.compile("[\\s\\p{Cntrl}]");
    private static final Pattern SCRIPT_URL = Pattern.compile("^(javascript|vbscript):.*", Pattern.DOTALL);
    private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "action", "formaction");

    private ContentSecurityCheck() {}

    /**
     * An SVG, XHTML or XML file opened on its own runs its scripts with the site's origin and no
     * policy meta, so it may contain no script and no handlers at all (read as Latin-1: any
     * encoding's markup is ASCII).
     */
    static List<Problem> checkActiveDocument(String shownPath, String text) {
        List<Problem> problems = new ArrayList<>();
        Document document = Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
        for (Element element : document.getAllElements()) {
            String name = element.normalName();
            boolean script = name.equals("script")
                    || name.endsWith(":script")
                    || name.equals("foreignobject")
                    || name.equals("iframe");
            boolean handler = element.attributes().asList().stream()
                    .anyMatch(attribute ->
                            attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                                    || isScriptUrl(attribute.getValue()));
            if (script || handler) {
                problems.add(new Problem(
                        shownPath,
                        lineOf(element),
                        "the file has script in <" + element.tagName() + ">",
                        "remove the script; images and documents in assets/ are published as they are"));
            }
        }
        return problems;
    }

    /** The problems of one parsed page, shown as {@code shownPath}. */
    public static List<Problem> checkPage(String shownPath, Document page) {
        List<Problem> problems = new ArrayList<>();
        Element meta = page.selectFirst(POLICY_META);
        if (!declaresPolicy(meta)) {
            problems.add(new Problem(
                    shownPath,
                    meta == null ? 0 : lineOf(meta),
                    "the page does not declare the site's Content-Security-Policy",
                    "render it through layout.ftl's page macro, whose <head> carries the policy meta"));
        }
        for (Element element : page.getAllElements()) {
            checkElement(shownPath, element, problems);
        }
        return problems;
    }

    /**
     * The one {@code <base>} the templates write: on the not-found page, which GitHub Pages serves at
     * any depth, pointing at the site's own absolute address (site.host) so its relative links work.
     */
    private static boolean isSiteBase(String shownPath, Element element) {
        return shownPath.endsWith("/404.html") && element.attr("href").matches("https://[^\\s\"'<>]+/");
    }

    /** Whether {@code meta}, the page's first {@link #POLICY_META} or null, declares the site's policy. */
    static boolean declaresPolicy(Element meta) {
        return meta != null && POLICY.equals(meta.attr("content"));
    }

    /** Adds the problems of one element of a page, its children aside, to {@code problems}. */
    static void checkElement(String shownPath, Element element, List<Problem> problems) {
        String name = element.normalName();
        if (name.equals("script")
                && !element.hasAttr("src")
                && !element.attr("type").equalsIgnoreCase("application/ld+json")) {
            problems.add(new Problem(
                    shownPath,
                    lineOf(element),
                    "the page has an inline <script>",
                    "move the script into a file under assets/js/ and load it with <script src>"));
        } else if (name.equals("style")) {
            problems.add(new Problem(
                    shownPath,
                    lineOf(element),
                    "the page has an inline <style>",
                    "move the rules into a stylesheet under assets/css/"));
        } else if (name.equals("base") && !isSiteBase(shownPath, element)) {
            problems.add(new Problem(
                    shownPath,
                    lineOf(element),
                    "the page has a <base> element",
                    "remove it; links are relative to the page"));
        }
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            if (key.startsWith("on")) {
                problems.add(new Problem(
                        shownPath,
                        lineOf(element),
                        "<" + name + "> has an event-handler attribute " + key + "=",
                        "attach the handler from a script file under assets/js/"));
            } else if (key.equals("style")) {
                problems.add(new Problem(
                        shownPath,
                        lineOf(element),
                        "<" + name + "> has a style= attribute",
                        "give it a class and style the class in assets/css/"));
            } else if (URL_ATTRIBUTES.contains(key) && isScriptUrl(attribute.getValue())) {
                problems.add(new Problem(
                        shownPath,
                        lineOf(element),
                        "<" + name + "> has a script URL in " + key + "=",
                        "link to a page or a file instead"));
            }
        }
    }

    private static boolean isScriptUrl(String url) {
        // Most URLs have no colon at all: only those are worth normalising.
        if (url.indexOf(':') < 0) {
            return false;
        }
        return SCRIPT_URL
                .matcher(SPACE_OR_CONTROL.matcher(url).replaceAll("").toLowerCase(Locale.ROOT))
                .matches();
    }

    private static int lineOf(Element element) {
        return Math.max(0, element.sourceRange().start().lineNumber());
    }
}
