package org.paperbake.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.paperbake.kernel.Problem;

/**
 * Editor's notes: an editor's remark on a paragraph, written in the content file right after the
 * paragraph as GitHub's alert blockquote, so that GitHub's own preview shows it as a Note:
 *
 * <pre>
 * China is committed to international fairness and justice. …
 *
 * &gt; [!NOTE]
 * &gt; The note's text, in Markdown.
 * </pre>
 *
 * <p>One rule for both sides: {@link #check} finds the problems in the source (located to file
 * lines, for the content check), {@link #find} finds the notes in the rendered body (for the
 * post-processor, which makes each an attributed aside beside its paragraph, never part of it).
 */
public final class EditorNotes {

    /** The one alert type that is an editor's note. */
    public static final String MARKER = "[!NOTE]";

    /** GitHub's alert types ({@code > [!TIP]} …): GitHub renders them, Paperbake knows only notes. */
    static final List<String> GITHUB_ALERTS = List.of("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION");

    /** A first line that opens an alert, {@code [!NOTE]}, and whatever follows it on that line. */
    private static final Pattern ALERT_LINE = Pattern.compile("\\s*\\[!([^\\]\\s]*)\\](.*)", Pattern.DOTALL);

    /** A note in a rendered body: its blockquote and the paragraph it follows. */
    public record Note(Element blockquote, Element paragraph) {}

    private EditorNotes() {}

    /** Every problem with the editor's notes of {@code document}, {@code file}'s parsed body. */
    static void check(ContentFile file, Document document, List<Problem> problems) {
        List<BlockQuote> quotes = new ArrayList<>();
        collect(document, quotes);
        for (BlockQuote quote : quotes) {
            Node first = quote.getFirstChild();
            if (!(first instanceof Paragraph paragraph)) {
                continue;
            }
            String text = paragraph.getChars().toString();
            String firstLine = text.lines().findFirst().orElse("");
            Matcher alert = ALERT_LINE.matcher(firstLine);
            if (!alert.matches()) {
                continue;
            }
            int line = file.bodyLine() + quote.getStartLineNumber();
            if (!holdsParagraphs(file)) {
                problems.add(Problem.at(
                        file.file(),
                        line,
                        "an editor's note annotates a paragraph of the document, and this page has none",
                        "move the note to the section or subsection page, after the paragraph it is about"));
                continue;
            }
            String type = alert.group(1);
            if (!type.toUpperCase(Locale.ROOT).equals("NOTE")) {
                problems.add(Problem.at(
                        file.file(),
                        line,
                        unknownType(type),
                        "write '> " + MARKER + "'"
                                + " for an editor's note, or remove the marker to make an ordinary quotation"));
                continue;
            }
            if (!alert.group(2).isBlank()) {
                problems.add(Problem.at(
                        file.file(),
                        line,
                        "the text of the editor's note is on the line of '" + MARKER + "'",
                        "put '> " + MARKER + "' on a line of its own and the note on the lines after it,"
                                + " each starting with '> ' (GitHub shows it as a Note only then)"));
                continue;
            }
            if (text.lines().skip(1).allMatch(String::isBlank) && paragraph.getNext() == null) {
                problems.add(Problem.at(
                        file.file(),
                        line,
                        "the editor's note has no text",
                        "write the note on the lines after '> " + MARKER + "', each starting with '> ', or remove it"));
                continue;
            }
            checkPlace(file, quote, line, problems);
        }
    }

    /** Whether {@code file}'s paragraphs are numbered (a section, subsection or page): a note needs one to annotate. */
    private static boolean holdsParagraphs(ContentFile file) {
        return DocumentType.fromFrontMatter(String.valueOf(file.frontMatter().get("type")))
                .map(type -> type.isDocumentPart() && type != DocumentType.DOCUMENT)
                .orElse(true);
    }

    private static String unknownType(String type) {
        String upper = type.toUpperCase(Locale.ROOT);
        if (GITHUB_ALERTS.contains(upper)) {
            return "'[!" + type
                    + "]' is one of GitHub's alerts, but the only alert this site shows is an editor's note";
        }
        return "unknown alert type '[!" + type + "]'";
    }

    private static void checkPlace(ContentFile file, BlockQuote quote, int line, List<Problem> problems) {
        if (!(quote.getParent() instanceof Document)) {
            problems.add(Problem.at(
                    file.file(),
                    line,
                    "the editor's note is inside a list or a quotation (a panel)",
                    "move it out, to the line after the paragraph it annotates, starting with '> " + MARKER + "'"));
            return;
        }
        Node before = quote.getPrevious();
        while (before instanceof BlockQuote previous && isNote(previous)) {
            before = before.getPrevious();
        }
        if (before == null) {
            problems.add(Problem.at(
                    file.file(),
                    line,
                    "the editor's note comes before any paragraph",
                    "put it right after the paragraph it annotates"));
        } else if (!(before instanceof Paragraph)) {
            problems.add(Problem.at(
                    file.file(),
                    line,
                    "the editor's note follows a heading, list, table or panel, not a paragraph",
                    "put it right after the paragraph it annotates (a note annotates one paragraph)"));
        }
    }

    private static boolean isNote(BlockQuote quote) {
        if (!(quote.getFirstChild() instanceof Paragraph paragraph)) {
            return false;
        }
        Matcher alert = ALERT_LINE.matcher(
                paragraph.getChars().toString().lines().findFirst().orElse(""));
        return alert.matches() && alert.group(1).equalsIgnoreCase("NOTE");
    }

    /** Every blockquote of the tree, iteratively (the tree's depth is bounded but may be 48). */
    private static void collect(Node root, List<BlockQuote> quotes) {
        java.util.ArrayDeque<Node> nodes = new java.util.ArrayDeque<>();
        nodes.push(root);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node instanceof BlockQuote quote) {
                quotes.add(quote);
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
            }
        }
        quotes.sort(java.util.Comparator.comparingInt(Node::getStartOffset));
    }

    /**
     * The notes among the direct children of {@code container} (a rendered body), each with the
     * paragraph it follows, in document order. A note whose place the content check refuses (no
     * paragraph before it) is not one.
     */
    public static List<Note> find(Element container) {
        List<Note> notes = new ArrayList<>();
        Element paragraph = null;
        for (Element child : container.children()) {
            if (child.tagName().equals("p")) {
                paragraph = child;
            } else if (child.tagName().equals("blockquote") && isNote(child)) {
                if (paragraph != null) {
                    notes.add(new Note(child, paragraph));
                }
            } else {
                paragraph = null;
            }
        }
        return notes;
    }

    /** Whether a rendered blockquote is a note: its first paragraph opens with {@value #MARKER}. */
    private static boolean isNote(Element blockquote) {
        Element first = blockquote.selectFirst("> p");
        return first != null
                && first.firstChild() instanceof TextNode text
                && text.getWholeText().stripLeading().toUpperCase(Locale.ROOT).startsWith(MARKER);
    }

    /** Removes the {@value #MARKER} line from a note's rendered blockquote, leaving its text. */
    public static void removeMarker(Element blockquote) {
        Element first = blockquote.selectFirst("> p");
        if (first == null || !(first.firstChild() instanceof TextNode text)) {
            return;
        }
        String whole = text.getWholeText().stripLeading();
        text.text(whole.substring(MARKER.length()).stripLeading());
        if (first.text().isBlank() && first.children().isEmpty()) {
            first.remove();
        }
    }
}
