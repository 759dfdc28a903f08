package org.paperbake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.postprocess.Place;
import org.paperbake.postprocess.UncoveredName;

/** The drafts {@code glossary draft} writes: their text, their category guess, and all-or-none writing. */
class GlossaryDraftsTest {

    private static final Place PLACE = new Place("01-trade.html", "Trade", "I", 100, "p-i-1", "I.1", 1);

    private static UncoveredName name(String name, String acronym) {
        return new UncoveredName(name, acronym, List.of(PLACE));
    }

    private static ContentFile term(String title, String category) {
        return new ContentFile(
                Path.of("content/glossary/x.md"),
                "glossary/x.md",
                Map.of("title", title, "type", "term", "status", "published", "category", category, "short", "S."),
                Map.of(),
                "Text.\n",
                8,
                "");
    }

    @Test
    void the_category_is_guessed_from_the_word_that_says_what_the_thing_is() {
        assertEquals("League", CategoryGuess.headWord("League of Arab States"));
        assertEquals("Summit", CategoryGuess.headWord("China-Central Asia Summit"));
        assertEquals(
                "organization",
                CategoryGuess.of("League of Arab States", List.of()).category());
        assertEquals(
                "agreement",
                CategoryGuess.of("Digital Economy Partnership Agreement", List.of())
                        .category());
        assertEquals("event", CategoryGuess.of("Boao Forum for Asia", List.of()).category());
        assertEquals("organization", CategoryGuess.of("G20", List.of()).category(), "an acronym alone");
        assertEquals("concept", CategoryGuess.of("First Light 2022", List.of()).category());
    }

    @Test
    void the_sites_own_entries_are_asked_before_the_table() {
        List<ContentFile> entries =
                List.of(term("China Internet Governance Forum", "mechanism"), term("A Forum", "mechanism"));
        CategoryGuess guess = CategoryGuess.of("Boao Forum for Asia", entries);
        assertEquals("mechanism", guess.category());
        assertEquals("as 2 of the glossary's entries named \"… Forum\" are", guess.reason());
    }

    @Test
    void two_names_with_one_file_name_are_one_draft_and_the_second_an_alias(@TempDir Path content) {
        GlossaryDrafts.Plan plan = GlossaryDrafts.plan(
                content,
                List.of(name("Belt and Road Initiative", ""), name("Belt-and-Road Initiative", "BRI")),
                List.of());
        assertEquals(1, plan.drafts().size());
        assertTrue(plan.drafts().get(0).text().contains("aliases: [\"Belt-and-Road Initiative\", \"BRI\"]\n"));
        assertEquals(List.of(), plan.refused());
    }

    @Test
    void a_name_without_latin_letters_is_reported_not_drafted(@TempDir Path content) {
        GlossaryDrafts.Plan plan = GlossaryDrafts.plan(content, List.of(name("Шанхайская Организация", "")), List.of());
        assertEquals(List.of(), plan.drafts());
        assertEquals(
                "output/01-trade.html: \"Шанхайская Организация\" (¶ I.1) has no Latin letters or digits to make a file"
                        + " name from; no draft was written — write its entry with a file name of your choosing in"
                        + " content/glossary/",
                plan.refused().get(0).format());
    }

    @Test
    void titles_and_page_names_are_written_as_text_not_markup() {
        assertEquals("Trade \\& \\<b\\> \\*Now\\* \\[1\\]", GlossaryDrafts.markdownText("Trade & <b> *Now* [1]"));
        assertEquals("\"A \\\"quoted\\\" \\\\ name\"", Scaffold.quoted("A \"quoted\" \\ name"));
    }

    @Test
    void a_draft_that_cannot_be_written_takes_back_the_ones_written_before_it(@TempDir Path content) {
        GlossaryDrafts.Plan plan = GlossaryDrafts.plan(
                content,
                List.of(name("World Trade Organization", "WTO"), name("Asian Bank", ""), name("Other Body", "")),
                List.of());
        assertEquals(3, plan.drafts().size());
        PaperbakeException failure = assertThrows(
                PaperbakeException.BadInput.class,
                () -> GlossaryDrafts.write(plan.drafts(), (file, text) -> {
                    if (file.getFileName().toString().startsWith("other")) {
                        throw new AccessDeniedException(file.toString());
                    }
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, text);
                }));
        assertTrue(
                failure.problems()
                        .get(0)
                        .format()
                        .endsWith(
                                "other-body.md: cannot be written (permission denied); no draft was written — check that the"
                                        + " content folder and content/glossary/ are writable"),
                failure.problems().get(0).format());
        assertFalse(Files.exists(content.resolve("glossary/world-trade-organization.md")));
        assertFalse(Files.exists(content.resolve("glossary/asian-bank.md")));
    }
}
