package org.paperbake.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.paperbake.kernel.Problem;

/**
 * What a content body may contain, checked on Flexmark's syntax tree and located to file lines.
 *
 * <p>Content arrives through pull requests from people the maintainers don't know, so the body of
 * a content file is untrusted:
 * <ul>
 *   <li>raw HTML is limited to {@link #ALLOWED_ELEMENTS} (inline markup editors need and Markdown
 *       lacks); any other element, any event-handler or {@code style} attribute is an error;</li>
 *   <li>links may be relative, {@code https:}, {@code http:} or {@code mailto:}; images relative or
 *       {@code data:image/png|jpeg|gif|webp}; {@code javascript:}, {@code vbscript:}, other
 *       {@code data:} URLs and protocol-relative {@code //host} URLs are errors, however they are
 *       spelt (mixed case, entities, backslashes, control characters);</li>
 *   <li>nesting is bounded <em>before</em> parsing ({@link #MAX_CONTAINER_NESTING} blockquote and
 *       list levels, {@link #MAX_BRACKET_NESTING} brackets) and on the tree ({@link #MAX_TREE_DEPTH}),
 *       because Flexmark's parser is quadratic and its renderer recursive in the nesting depth: a
 *       thousand levels overflow the thread stack.</li>
 * </ul>
 * Each problem names the file line: the body's first line plus the node's line in the body.
 */
public final class MarkdownPolicy {

    /** Raw HTML elements content may use, with the attributes each may carry. */
    public static final Map<String, Set<String>> ALLOWED_ELEMENTS =
            Map.of("abbr", Set.of("title"), "sup", Set.of(), "sub", Set.of(), "br", Set.of(), "kbd", Set.of());

    /** Blockquote and list levels on one line (indentation counts as a level per two columns). */
    public static final int MAX_CONTAINER_NESTING = 16;

    /** Open square brackets (links, images) within one paragraph. */
    public static final int MAX_BRACKET_NESTING = 16;

    /** Depth of the parsed tree (document, blocks, inline emphasis, links). */
    public static final int MAX_TREE_DEPTH = 48;

    private static final String ALLOWED_TAGS = "<abbr title>, <sup>, <sub>, <br> and <kbd>";
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern DATA_IMAGE =
            Pattern.compile("^data:image/(png|jpeg|gif|webp);base64,[a-z0-9+/=\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");
    private static final Pattern DOCUMENT_STRUCTURE_TAG =
            Pattern.compile("<\\s*(html|head|body|frameset)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDERED_MARKER = Pattern.compile("\\d{1,9}[.)]");

    private MarkdownPolicy() {}

    /** Every problem in {@code file}'s body, in line order; empty when the body is safe to render. */
    public static List<Problem> check(ContentFile file) {
        List<Problem> problems = new ArrayList<>();
        String body = file.body();
        checkDirectionControls(file, body, problems);
        int before = problems.size();
        checkNestingBeforeParsing(file, body, problems);
        if (problems.size() > before) {
            return problems;
        }
        Document document;
        try {
            document = MarkdownSyntax.PARSER.parse(body);
        } catch (StackOverflowError e) {
            // The bounds above make this unreachable for every input found so far; a new shape still gets a located
            // error.
            problems.add(Problem.at(
                    file.file(),
                    file.bodyLine(),
                    "the text is nested too deeply to parse",
                    "flatten the blockquotes, lists, emphasis or links"));
            return problems;
        }
        walkTree(file, document, problems);
        EditorNotes.check(file, document, problems);
        problems.sort(Comparator.comparingInt(Problem::line));
        return problems;
    }

    /**
     * Whether {@code c} is an invisible bidirectional embedding, override or isolate control
     * (U+202A–U+202E, U+2066–U+2069). These reorder how the text around them is displayed, so a
     * page (and the search index) can show one thing while the text and its diff say another
     * ("Trojan Source", CVE-2021-42574). The marks U+200E, U+200F and U+061C are allowed: they only
     * give a direction to the neutral characters beside them, nest nothing and override nothing,
     * and are how mixed-direction text (an Arabic name followed by a number) is written correctly.
     */
    public static boolean isDirectionControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** Direction controls in the body and in the front-matter values, once per line, at the first one. */
    private static void checkDirectionControls(ContentFile file, String body, List<Problem> problems) {
        for (Map.Entry<String, Object> setting : file.frontMatter().entrySet()) {
            String text =
                    setting.getValue() instanceof List<?> list ? list.toString() : String.valueOf(setting.getValue());
            int at = firstDirectionControl(text);
            if (at >= 0) {
                problems.add(directionControl(
                        file, file.lineOf(setting.getKey()), text.charAt(at), "in '" + setting.getKey() + "'"));
            }
        }
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = firstDirectionControl(lines[i]);
            if (at >= 0) {
                problems.add(directionControl(file, file.bodyLine() + i, lines[i].charAt(at), "column " + (at + 1)));
            }
        }
    }

    private static int firstDirectionControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDirectionControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Problem directionControl(ContentFile file, int line, char control, String where) {
        return Problem.at(
                file.file(),
                line,
                String.format(
                        Locale.ROOT,
                        "an invisible direction control U+%04X (%s) is in the text (%s): it makes the page show the"
                                + " text in another order than it is written, searched and reviewed",
                        (int) control,
                        Character.getName(control),
                        where),
                "delete it (GitHub's editor marks it as a hidden character); to mark the direction of a word in"
                        + " another script, the left-to-right and right-to-left marks U+200E and U+200F are allowed");
    }

    private static void checkNestingBeforeParsing(ContentFile file, String body, List<Problem> problems) {
        String[] lines = body.split("\n", -1);
        boolean inFence = false;
        int brackets = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            if (line.isBlank()) {
                brackets = 0;
                continue;
            }
            int fileLine = file.bodyLine() + i;
            int depth = containerDepth(line);
            if (depth > MAX_CONTAINER_NESTING) {
                problems.add(Problem.at(
                        file.file(),
                        fileLine,
                        "blockquotes and lists are nested " + depth + " levels deep here (at most "
                                + MAX_CONTAINER_NESTING + ")",
                        "flatten the structure; a page needs only a few levels"));
                return;
            }
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (ch == '\\') {
                    c++;
                } else if (ch == '[') {
                    brackets++;
                } else if (ch == ']' && brackets > 0) {
                    brackets--;
                }
                if (brackets > MAX_BRACKET_NESTING) {
                    problems.add(Problem.at(
                            file.file(),
                            fileLine,
                            "more than " + MAX_BRACKET_NESTING + " square brackets are open here",
                            "close the brackets, or write a literal one as \\["));
                    return;
                }
            }
        }
    }

    /** Blockquote markers, list markers and indentation (two columns a level) at the start of a line. */
    static int containerDepth(String line) {
        if (isThematicBreak(line)) {
            return 0;
        }
        int depth = 0;
        int columns = 0;
        int i = 0;
        while (i < line.length()) {
            char ch = line.charAt(i);
            if (ch == ' ' || ch == '\t') {
                columns += ch == '\t' ? 4 : 1;
                i++;
            } else if (ch == '>') {
                depth++;
                i = skipOneSpace(line, i + 1);
            } else if ((ch == '-' || ch == '*' || ch == '+') && isMarkerEnd(line, i + 1)) {
                depth++;
                i = skipOneSpace(line, i + 1);
            } else {
                Matcher marker = ORDERED_MARKER.matcher(line).region(i, line.length());
                if (marker.lookingAt() && isMarkerEnd(line, marker.end())) {
                    depth++;
                    i = skipOneSpace(line, marker.end());
                } else {
                    break;
                }
            }
        }
        return depth + columns / 2;
    }

    /** The space after a marker belongs to the marker; only further indentation suggests nesting. */
    private static int skipOneSpace(String line, int index) {
        return index < line.length() && line.charAt(index) == ' ' ? index + 1 : index;
    }

    /** Three or more of one of {@code - * _} and only spaces besides; a loop, as a regex recurses per repeat. */
    private static boolean isThematicBreak(String line) {
        char mark = 0;
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == ' ' || ch == '\t') {
                continue;
            }
            if (mark == 0 && (ch == '-' || ch == '*' || ch == '_')) {
                mark = ch;
            } else if (ch != mark) {
                return false;
            }
            count++;
        }
        return count >= 3;
    }

    private static boolean isMarkerEnd(String line, int index) {
        return index >= line.length() || line.charAt(index) == ' ' || line.charAt(index) == '\t';
    }

    /** An iterative walk: a recursive one would itself overflow on the input it guards against. */
    private static void walkTree(ContentFile file, Document document, List<Problem> problems) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX_TREE_DEPTH) {
                problems.add(Problem.at(
                        file.file(),
                        lineOf(file, node),
                        "the text is nested " + depth + " levels deep here (at most " + MAX_TREE_DEPTH + ")",
                        "flatten the emphasis, links or lists"));
                return;
            }
            checkNode(file, node, problems);
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
    }

    private static void checkNode(ContentFile file, Node node, List<Problem> problems) {
        if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            checkHtml(file, node, problems);
        } else if (node instanceof Image image) {
            checkImageUrl(file, node, image.getUrl().unescape(), problems);
        } else if (node instanceof Link link) {
            checkLinkUrl(file, node, link.getUrl().unescape(), problems);
        } else if (node instanceof Reference reference) {
            checkLinkUrl(file, node, reference.getUrl().unescape(), problems);
        } else if (node instanceof AutoLink link) {
            checkLinkUrl(file, node, link.getUrl().unescape(), problems);
        }
    }

    private static int lineOf(ContentFile file, Node node) {
        return file.bodyLine() + node.getStartLineNumber();
    }

    private static void checkHtml(ContentFile file, Node node, List<Problem> problems) {
        String html = node.getChars().toString();
        // A body-context fragment parse ignores explicit document-structure tags (and their attributes): report them
        // first.
        Matcher structure = DOCUMENT_STRUCTURE_TAG.matcher(html);
        while (structure.find()) {
            int line = lineOf(file, node)
                    + (int) html.substring(0, structure.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            problems.add(Problem.at(
                    file.file(),
                    line,
                    "raw HTML <" + structure.group(1).toLowerCase(Locale.ROOT) + "> is not allowed",
                    "content may use only " + ALLOWED_TAGS + "; write the rest in Markdown"));
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        List<org.jsoup.nodes.Node> nodes = parser.parseFragmentInput(html, new Element("body"), "");
        for (org.jsoup.nodes.Node parsed : nodes) {
            if (parsed instanceof Element top) {
                for (Element element : top.getAllElements()) {
                    checkElement(
                            file,
                            lineOf(file, node)
                                    + Math.max(0, element.sourceRange().start().lineNumber() - 1),
                            element,
                            problems);
                }
            }
        }
    }

    private static void checkElement(ContentFile file, int line, Element element, List<Problem> problems) {
        String name = element.normalName();
        Set<String> allowedAttributes = ALLOWED_ELEMENTS.get(name);
        if (allowedAttributes == null) {
            problems.add(Problem.at(
                    file.file(),
                    line,
                    "raw HTML <" + name + "> is not allowed",
                    "content may use only " + ALLOWED_TAGS + "; write the rest in Markdown"));
            return;
        }
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            if (!allowedAttributes.contains(key)) {
                problems.add(Problem.at(
                        file.file(),
                        line,
                        "the attribute " + key + "= on <" + name + "> is not allowed",
                        attributeFix(key)));
            }
        }
    }

    private static String attributeFix(String key) {
        if (key.startsWith("on")) {
            return "remove it; scripts never run on this site";
        }
        if (key.equals("style")) {
            return "remove it; the site's stylesheet does all styling";
        }
        return "remove it; the only attribute content HTML may carry is title= on <abbr>";
    }

    /** The URL as a browser would read it: entities decoded, tabs and newlines dropped, controls trimmed, lower case. */
    static String normaliseUrl(String url) {
        String text = url.replaceAll("[\\t\\n\\r]", "").replace('\\', '/');
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static void checkLinkUrl(ContentFile file, Node node, String url, List<Problem> problems) {
        String normal = normaliseUrl(url);
        if (normal.startsWith("//")) {
            problems.add(protocolRelative(file, node, url));
            return;
        }
        var scheme = SCHEME.matcher(normal);
        if (!scheme.find()) {
            return;
        }
        switch (scheme.group(1)) {
            case "http", "https", "mailto" -> {
                return;
            }
            case "javascript", "vbscript" ->
                problems.add(Problem.at(
                        file.file(),
                        lineOf(file, node),
                        "the link '" + shorten(url) + "' runs script (" + scheme.group(1) + ":)",
                        "link to a page (a relative path such as 06-1-….html) or an https: address"));
            case "data" ->
                problems.add(Problem.at(
                        file.file(),
                        lineOf(file, node),
                        "the link '" + shorten(url) + "' is a data: URL",
                        "data: URLs are allowed only as image sources; link to a page instead"));
            default ->
                problems.add(Problem.at(
                        file.file(),
                        lineOf(file, node),
                        "the link '" + shorten(url) + "' uses the " + scheme.group(1) + ": scheme",
                        "links may be relative paths, https:, http: or mailto: addresses"));
        }
    }

    private static void checkImageUrl(ContentFile file, Node node, String url, List<Problem> problems) {
        String normal = normaliseUrl(url);
        if (normal.startsWith("//")) {
            problems.add(protocolRelative(file, node, url));
            return;
        }
        var scheme = SCHEME.matcher(normal);
        if (!scheme.find() || DATA_IMAGE.matcher(normal).matches()) {
            return;
        }
        problems.add(Problem.at(
                file.file(),
                lineOf(file, node),
                "the image '" + shorten(url) + "' is not part of the site",
                "put the image in assets/ and use a relative path, or a data:image/png, jpeg, gif or webp URL"
                        + " (no request may leave the site, and SVG can carry script)"));
    }

    private static Problem protocolRelative(ContentFile file, Node node, String url) {
        return Problem.at(
                file.file(),
                lineOf(file, node),
                "the URL '" + shorten(url) + "' has no scheme (protocol-relative)",
                "write it in full, https:" + normaliseUrl(url).replaceFirst("^/+", "//"));
    }

    private static String shorten(String url) {
        String oneLine = url.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
