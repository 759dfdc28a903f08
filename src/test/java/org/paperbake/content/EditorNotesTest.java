package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperbake.kernel.Problem;

/** Editor's notes in the source: GitHub's '> [!NOTE]' after a paragraph, every misuse at its file line. */
class EditorNotesTest {

    /** A section page whose body starts on file line 10, as after a nine-line front matter. */
    private static List<String> check(String type, String body) {
        return MarkdownPolicy.check(new ContentFile(
                        Path.of("content/page.md"), "page.md", Map.of("type", type), Map.of(), body, 10, ""))
                .stream()
                .map(Problem::format)
                .toList();
    }

    private static List<String> check(String body) {
        return check("section", body);
    }

    @Test
    void a_note_after_a_paragraph_passes_and_so_do_two_notes_on_one_paragraph() {
        assertEquals(List.of(), check("""
                The paragraph.

                > [!NOTE]
                > The note, with a [link](https://example.org/).

                > [!note]
                > A second note on the same paragraph; GitHub reads the marker in any case.

                The next paragraph.
                """));
    }

    @Test
    void an_ordinary_quotation_and_a_panel_are_not_notes() {
        assertEquals(List.of(), check("""
                > **Panel 8 — The World Internet Conference**
                >
                > The panel's text.

                > A quotation, [!NOTE] inside it.
                """));
    }

    @Test
    void a_note_without_text_is_reported_at_its_line() {
        assertEquals(
                List.of("content/page.md:12: the editor's note has no text — write the note on the lines after"
                        + " '> [!NOTE]', each starting with '> ', or remove it"),
                check("The paragraph.\n\n> [!NOTE]\n>\n\nNext.\n"));
    }

    @Test
    void an_unknown_alert_type_and_a_github_alert_other_than_note_are_reported() {
        assertEquals(
                List.of(
                        "content/page.md:12: unknown alert type '[!NOTES]' — write '> [!NOTE]' for an editor's note, or"
                                + " remove the marker to make an ordinary quotation",
                        "content/page.md:17: '[!TIP]' is one of GitHub's alerts, but the only alert this site shows is an"
                                + " editor's note — write '> [!NOTE]' for an editor's note, or remove the marker to make an"
                                + " ordinary quotation"),
                check("""
                        The paragraph.

                        > [!NOTES]
                        > Misspelt.

                        Another paragraph.

                        > [!TIP]
                        > A tip.
                        """));
    }

    @Test
    void a_note_before_any_paragraph_or_after_a_heading_is_reported() {
        assertEquals(
                List.of(
                        "content/page.md:10: the editor's note comes before any paragraph — put it right after the"
                                + " paragraph it annotates",
                        "content/page.md:17: the editor's note follows a heading, list, table or panel, not a paragraph —"
                                + " put it right after the paragraph it annotates (a note annotates one paragraph)"),
                check("""
                        > [!NOTE]
                        > Too early.

                        The paragraph.

                        ## A heading

                        > [!NOTE]
                        > After the heading.
                        """));
    }

    @Test
    void the_note_text_on_the_marker_line_and_a_note_inside_a_panel_are_reported() {
        assertEquals(
                List.of(
                        "content/page.md:12: the text of the editor's note is on the line of '[!NOTE]' — put '> [!NOTE]'"
                                + " on a line of its own and the note on the lines after it, each starting with '> '"
                                + " (GitHub shows it as a Note only then)",
                        "content/page.md:16: the editor's note is inside a list or a quotation (a panel) — move it out, to"
                                + " the line after the paragraph it annotates, starting with '> [!NOTE]'"),
                check("""
                        The paragraph.

                        > [!NOTE] All on one line.

                        > **Panel 1 — A panel**
                        >
                        > > [!NOTE]
                        > > Inside the panel.
                        """));
    }

    @Test
    void a_note_on_a_glossary_entry_is_reported_since_it_has_no_numbered_paragraph() {
        assertEquals(
                List.of("content/page.md:12: an editor's note annotates a paragraph of the document, and this page has"
                        + " none — move the note to the section or subsection page, after the paragraph it is about"),
                check("term", "The definition.\n\n> [!NOTE]\n> A note.\n"));
    }
}
