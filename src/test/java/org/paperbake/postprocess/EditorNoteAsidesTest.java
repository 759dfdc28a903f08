package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** An editor's note, as Flexmark renders GitHub's '> [!NOTE]', becomes an aside beside its paragraph. */
class EditorNoteAsidesTest {

    private static final String PAGE = "<body class=\"page-subsection\"><main><h1>6.1 Rules</h1>"
            + "<article class=\"document-part\" data-number=\"6.1\"><div class=\"text\">"
            + "<p>China is committed to fairness.</p>\n"
            + "<blockquote>\n<p>[!NOTE]\nThe edition's <em>remark</em>.</p>\n</blockquote>\n"
            + "<blockquote>\n<p>[!NOTE]\nA second remark.</p>\n</blockquote>\n"
            + "<p>The second paragraph.</p>\n"
            + "<blockquote>\n<p>An ordinary quotation.</p>\n</blockquote>\n"
            + "</div></article></main></body>";

    private static Document processed() {
        Document page = Jsoup.parse(PAGE);
        PinpointAnchors.addTo(page);
        return page;
    }

    @Test
    void the_note_is_an_attributed_aside_after_its_paragraph_and_is_not_numbered() {
        Document page = processed();

        assertEquals(
                List.of("p-6-1-1", "p-6-1-2"), page.select("p.para").eachAttr("id"), "the notes are not paragraphs");
        Element first = page.getElementById("note-6-1-1");
        assertEquals("aside", first.tagName());
        assertEquals("p-6-1-1", first.attr("data-note-for"));
        assertEquals(first.previousElementSibling(), page.getElementById("p-6-1-1"));
        assertEquals(
                "Editor's note on ¶ 6.1.1",
                first.selectFirst(".editor-note-label").text());
        assertEquals("#p-6-1-1", first.selectFirst(".editor-note-label a").attr("href"));
        assertEquals("note-6-1-1-label", first.attr("aria-labelledby"));
        assertEquals("The edition's remark.", first.select("p").get(1).text(), "the marker is gone, the text stays");
        assertEquals(
                "A second remark.",
                page.getElementById("note-6-1-1-2").select("p").get(1).text());
        assertEquals(1, page.select("blockquote").size(), "an ordinary quotation stays a quotation");
    }

    @Test
    void the_paragraph_text_holds_nothing_of_the_note() {
        Element paragraph = processed().getElementById("p-6-1-1");

        assertEquals("China is committed to fairness.", paragraph.text());
        assertNull(paragraph.selectFirst("aside, blockquote"));
    }

    @Test
    void the_search_index_marks_notes_so_search_can_keep_to_the_document() {
        List<SearchIndex.Entry> entries = SearchIndex.entriesOf("06-1-rules.html", processed());

        assertEquals(
                List.of("paragraph", "paragraph", "note", "note"),
                entries.stream().map(SearchIndex.Entry::kind).toList());
        SearchIndex.Entry note = entries.get(2);
        assertEquals("06-1-rules.html#note-6-1-1", note.url());
        assertEquals("6.1.1", note.number());
        assertEquals("The edition's remark.", note.text());
        assertFalse(entries.get(0).text().contains("remark"));
    }
}
