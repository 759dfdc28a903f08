package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/** The checks across glossary entries: names a reader would read as one, names that would link ordinary words. */
class GlossaryTest {

    /** A published entry whose title is on line 2, aliases on line 6 and acronym on line 7. */
    private static ContentFile entry(String slug, String title, List<String> aliases, String acronym) {
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        frontMatter.put("title", title);
        frontMatter.put("type", "term");
        frontMatter.put("status", "published");
        frontMatter.put("category", "organization");
        frontMatter.put("short", "A definition.");
        frontMatter.put("aliases", aliases);
        frontMatter.put("acronym", acronym);
        Map<String, Integer> lines =
                Map.of("title", 2, "type", 3, "status", 4, "category", 5, "aliases", 6, "acronym", 7, "short", 8);
        return new ContentFile(
                Path.of("content/glossary/" + slug + ".md"),
                "glossary/" + slug + ".md",
                frontMatter,
                lines,
                "Text.",
                10,
                "");
    }

    private static List<String> problems(ContentFile... entries) {
        PaperbakeException.ContentProblems thrown =
                assertThrows(PaperbakeException.ContentProblems.class, () -> Glossary.load(List.of(entries)));
        return thrown.problems().stream().map(Problem::format).toList();
    }

    @Test
    void a_one_letter_alias_is_refused_with_its_line_and_the_fix() {
        assertEquals(
                List.of("content/glossary/arab-league.md:6: the alias 'a' has fewer than two letters: every \"a\" on"
                        + " every page would link to this entry — use the full name the text gives it, or an acronym"
                        + " in capitals, or remove it"),
                problems(entry("arab-league", "League of Arab States", List.of("a"), "")));
    }

    @Test
    void common_words_and_short_names_matched_in_any_case_are_refused() {
        List<String> found = problems(
                entry("one", "The", List.of("law", "He"), ""), entry("two", "Data security", List.of("data"), "I"));
        assertEquals(
                List.of(
                        "content/glossary/one.md:2: the title 'The' is a common English word",
                        "content/glossary/one.md:6: the alias 'law' is a common English word",
                        "content/glossary/one.md:6: the alias 'He' has fewer than three letters and matches in any case",
                        "content/glossary/two.md:6: the alias 'data' is a common English word",
                        "content/glossary/two.md:7: the acronym 'I' has fewer than two letters"),
                found.stream().map(p -> p.substring(0, p.indexOf(": every"))).toList());
    }

    @Test
    void acronyms_of_two_capitals_and_real_names_are_accepted() {
        Glossary glossary = Glossary.load(List.of(
                entry("united-nations", "United Nations", List.of("UN"), ""),
                entry("eu", "European Union", List.of(), "EU"),
                entry("cybercrime", "Cybercrime", List.of("cybercrimes"), "")));
        assertEquals(3, glossary.terms().size());
    }

    @Test
    void names_that_differ_only_in_spacing_or_normal_form_are_one_name() {
        List<String> found = problems(
                entry("cafe", "Cafe\u0301 Society", List.of(), ""),
                entry("cafe-2", "Caf\u00e9  society", List.of(), ""));
        assertEquals(
                List.of(
                        "content/glossary/cafe.md:2: the name 'Cafe\u0301 Society' is also a name of"
                                + " content/glossary/cafe-2.md — keep it on one entry only, and remove it here or there",
                        "content/glossary/cafe-2.md:2: the name 'Caf\u00e9  society' is also a name of"
                                + " content/glossary/cafe.md — keep it on one entry only, and remove it here or there"),
                found);
    }
}
