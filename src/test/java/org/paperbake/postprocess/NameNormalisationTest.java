package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.paperbake.config.LinkPolicy;

/**
 * Issue 17.10 on a page: names a reader sees as the same are linked, and the text the reader
 * copies stays the document's text, character for character.
 */
class NameNormalisationTest {

    private static final Glossary GLOSSARY = Glossary.of(List.of(
            new Term("wic", "World Internet Conference", "event", "A conference.", List.of(), "", null),
            new Term("un", "United Nations", "organization", "An organization.", List.of("UN"), "", null),
            new Term(
                    "geneve", "Universit\u00e9 de Gen\u00e8ve", "organization", "A university.", List.of(), "", null)));

    private static Document link(String paragraphHtml) {
        Document page = Jsoup.parse("<article class=\"document-part\" data-number=\"6.1\"><div class=\"text\">"
                + paragraphHtml + "</div></article>");
        page.outputSettings().prettyPrint(false);
        PinpointAnchors.addTo(page);
        new TermLinker(GLOSSARY, LinkPolicy.EVERY_MENTION)
                .linkTerms(page, new Place("06-1.html", "T", "6.1", 1, "", "", 0), "");
        return page;
    }

    private static List<String> linkTexts(Document page) {
        return page.select("a.term").stream().map(Element::wholeText).toList();
    }

    /** The paragraph's text without the pinpoint and the tooltips: what a reader selects and copies. */
    private static String readerText(Document page) {
        Element paragraph = page.selectFirst("p.para").clone();
        paragraph.select("a.pin, .term-tip").remove();
        return paragraph.wholeText().strip();
    }

    @Test
    void a_name_wrapped_across_source_lines_is_linked_and_keeps_its_line_break() {
        Document page = link("<p>It attended the World Internet\nConference in Wuzhen.</p>");
        assertEquals(List.of("World Internet\nConference"), linkTexts(page));
        assertEquals("It attended the World Internet\nConference in Wuzhen.", readerText(page));
    }

    @Test
    void a_name_with_a_no_break_space_is_linked_and_keeps_it() {
        Document page = link("<p>The World&nbsp;Internet Conference met.</p>");
        assertEquals(List.of("World\u00a0Internet Conference"), linkTexts(page));
        assertEquals("The World\u00a0Internet Conference met.", readerText(page));
    }

    @Test
    void an_nfd_spelling_is_linked_and_the_page_keeps_the_document_s_own_characters() {
        String nfd = "Universite\u0301 de Gene\u0300ve";
        Document page = link("<p>At the " + nfd + " today.</p>");
        assertEquals(List.of(nfd), linkTexts(page));
        assertEquals("At the " + nfd + " today.", readerText(page));
    }

    @Test
    void a_name_inside_a_bare_url_gets_no_link_and_the_url_text_is_intact() {
        Document page = link("<p>See https://example.org/UN/World-Internet-Conference and the UN.</p>");
        assertEquals(List.of("UN"), linkTexts(page));
        assertEquals("See https://example.org/UN/World-Internet-Conference and the UN.", readerText(page));
    }
}
