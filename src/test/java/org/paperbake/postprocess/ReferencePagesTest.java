package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The references index, filled from cross-references without a whole site. */
class ReferencePagesTest {

    private static final Glossary GLOSSARY = Glossary.of(List.of(
            new Term("un", "United Nations", "organization", "An organization.", List.of(), "", null),
            new Term("wic", "World Internet Conference", "organization", "A conference.", List.of(), "", null)));

    private static Document referencesWith(int unParagraphs, int wicParagraphs) {
        CrossReferences references = new CrossReferences(GLOSSARY);
        for (int page = 1; page <= 2; page++) {
            Place pageTemplate = new Place("0" + page + ".html", "Part " + page, String.valueOf(page), page, "", "", 0);
            List<Mention> mentions = new ArrayList<>();
            int paragraphs = page == 1 ? unParagraphs : wicParagraphs;
            for (int i = 1; i <= paragraphs; i++) {
                Place place = new Place(
                        pageTemplate.pagePath(),
                        pageTemplate.pageTitle(),
                        pageTemplate.pageNumber(),
                        page,
                        "p-" + page + "-" + i,
                        page + "." + i,
                        i);
                mentions.add(new Mention(page - 1, place, new Sentences.Snippet("", "X", ""), true, -1));
            }
            references.add(new TermLinker.Findings(mentions, List.of(), List.of()), pageTemplate);
        }
        Document page = Jsoup.parse("<main><div data-fill=\"references\"></div></main>");
        ReferencePages.fill(page, references, "");
        return page;
    }

    @Test
    void a_term_with_few_paragraphs_lists_them_all() {
        Element wic = referencesWith(30, 3).selectFirst("li:has(a[href=glossary/wic.html])");
        assertEquals(
                List.of("¶ 2.1", "¶ 2.2", "¶ 2.3"), wic.select("a.pinpoint").eachText());
        assertEquals(0, wic.select("a.reference-more").size());
    }

    @Test
    void a_term_with_many_paragraphs_lists_the_first_ones_and_points_to_its_page_for_all() {
        Element un =
                referencesWith(ReferencePages.INDEX_PINPOINTS + 10, 3).selectFirst("li:has(a[href=glossary/un.html])");
        List<String> pins = un.select("a.pinpoint").eachText();
        assertEquals(ReferencePages.INDEX_PINPOINTS, pins.size());
        assertEquals("¶ 1.1", pins.get(0));
        assertEquals("¶ 1." + ReferencePages.INDEX_PINPOINTS, pins.get(pins.size() - 1));
        Element more = un.selectFirst("a.reference-more");
        assertEquals("glossary/un.html#mentions-title", more.attr("href"));
        assertEquals("all " + (ReferencePages.INDEX_PINPOINTS + 10) + " paragraphs", more.text());
    }

    @Test
    void a_term_with_exactly_the_limit_is_listed_whole() {
        Element un = referencesWith(ReferencePages.INDEX_PINPOINTS, 3).selectFirst("li:has(a[href=glossary/un.html])");
        assertEquals(ReferencePages.INDEX_PINPOINTS, un.select("a.pinpoint").size());
        assertEquals(0, un.select("a.reference-more").size());
    }

    private static CrossReferences datedStatements(int count) {
        CrossReferences references = new CrossReferences(GLOSSARY);
        Place page = new Place("03.html", "Part <3> & \"more\"", "3", 3, "", "", 0);
        List<DatedStatement> dates = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Place place = new Place(page.pagePath(), page.pageTitle(), "3", 3, "p-3-" + i, "3." + i, i);
            dates.add(new DatedStatement(
                    2000 + i % 7,
                    i % 13,
                    2000 + i % 7,
                    i % 13,
                    i % 2 == 0,
                    "Since " + (2000 + i % 7),
                    "  In 20\u00a00" + i + " the <b>text</b> & its \u201cquotes\u201d \u2014 said so.  ",
                    place));
        }
        references.add(new TermLinker.Findings(List.of(), dates, List.of()), page);
        return references;
    }

    private static Document chronologyPage() {
        Document page = Jsoup.parse("<main><h1>Chronology &amp; more</h1><div data-fill=\"chronology\"></div>"
                + "<p>After \u00a0the list</p></main>");
        page.outputSettings().prettyPrint(false);
        return page;
    }

    @Test
    void a_chronology_written_item_by_item_is_the_page_filled_as_one_tree() throws IOException {
        for (int count : new int[] {0, 1, 250}) {
            CrossReferences references = datedStatements(count);
            Document whole = chronologyPage();
            ReferencePages.fill(whole, references, "../");
            StringWriter streamed = new StringWriter();
            ReferencePages.writeFilled(chronologyPage(), references, "../", streamed);
            assertEquals(whole.outerHtml(), streamed.toString(), count + " dated statements");
            assertEquals(
                    count,
                    Jsoup.parse(streamed.toString())
                            .select(".chronology-list > li")
                            .size());
        }
    }

    /** A library of {@code dated.length} documents, {@code doc0/}, {@code doc1/}…, the i-th with {@code dated[i]} dated statements. */
    private static CrossReferences library(int... dated) {
        CrossReferences references = new CrossReferences(GLOSSARY);
        java.util.Map<String, String> names = new java.util.TreeMap<>();
        for (int d = 0; d < dated.length; d++) {
            String folder = "doc" + d;
            names.put(folder, "Paper <" + d + "> & co");
            Place page = new Place(folder + "/01.html", "Part 1", "I", 100, "", "", 0);
            List<DatedStatement> dates = new ArrayList<>();
            for (int i = 1; i <= dated[d]; i++) {
                Place place = new Place(page.pagePath(), page.pageTitle(), "I", 100, "p-i-" + i, "I." + i, i);
                // The later documents' statements come first in time: the groups still follow the folders.
                dates.add(new DatedStatement(
                        2020 - d, i % 12, 2020 - d, i % 12, false, "In " + (2020 - d), "Said.", place));
            }
            references.add(new TermLinker.Findings(List.of(), dates, List.of()), page);
        }
        references.nameDocuments(names);
        return references;
    }

    private static Document chronologySlot(String document) {
        Document page = Jsoup.parse("<main><div data-fill=\"chronology\""
                + (document.isEmpty() ? "" : " data-document=\"" + document + "\"") + "></div></main>");
        page.outputSettings().prettyPrint(false);
        return page;
    }

    @Test
    void a_library_chronology_groups_statements_by_document_in_folder_order_each_linked_to_its_own_page() {
        Document page = chronologySlot("");
        ReferencePages.fill(page, library(2, 0, 3), "");
        assertEquals(
                List.of("Paper <0> & co", "Paper <1> & co", "Paper <2> & co"),
                page.select("section.chronology-document > h2").eachText());
        List<Element> groups = page.select("section.chronology-document");
        assertEquals(2, groups.get(0).select("ol.chronology-list > li").size());
        assertEquals(
                "doc0/chronology.html",
                groups.get(0).selectFirst("p.chronology-count a").attr("href"));
        // A document without dated statements says so, with no empty list and no link to an empty page.
        assertEquals(
                "Its text has no dated statements.",
                groups.get(1).selectFirst("p.chronology-count").text());
        assertEquals(0, groups.get(1).select("ol, a").size());
        assertEquals(
                List.of("Paper <2> & co ¶ I.1", "Paper <2> & co ¶ I.2", "Paper <2> & co ¶ I.3"),
                groups.get(2).select("a.pinpoint").eachText().stream().sorted().toList());
    }

    @Test
    void a_documents_own_chronology_lists_only_its_statements_or_says_it_has_none() {
        CrossReferences references = library(2, 0, 3);
        Document own = chronologySlot("doc2");
        ReferencePages.fill(own, references, "../");
        List<String> links = own.select("a.pinpoint").eachAttr("href");
        assertEquals(3, links.size());
        assertTrue(links.stream().allMatch(href -> href.startsWith("../doc2/01.html#p-i-")), links.toString());
        assertEquals(0, own.select("section, [data-document]").size());
        Document none = chronologySlot("doc1");
        ReferencePages.fill(none, references, "../");
        assertEquals(
                "The text of Paper <1> & co has no dated statements.",
                none.select("main > div > p").text());
        assertEquals(0, none.select("ol").size());
    }

    @Test
    void a_library_of_one_document_has_one_chronology_list_as_a_plain_site_does() {
        Document page = chronologySlot("");
        ReferencePages.fill(page, library(3), "");
        assertEquals(0, page.select("section, h2").size());
        assertEquals(3, page.select("ol.chronology-list > li").size());
    }

    @Test
    void a_library_chronology_written_item_by_item_is_the_page_filled_as_one_tree() throws IOException {
        for (String slot : List.of("", "doc0", "doc1", "doc2")) {
            CrossReferences references = library(2, 0, 250);
            Document whole = chronologySlot(slot);
            ReferencePages.fill(whole, references, "../");
            StringWriter streamed = new StringWriter();
            ReferencePages.writeFilled(chronologySlot(slot), references, "../", streamed);
            assertEquals(whole.outerHtml(), streamed.toString(), "slot '" + slot + "'");
        }
    }
}
