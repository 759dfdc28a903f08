package org.paperbake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RedlineTest {

    @Test
    void a_change_of_spacing_alone_is_whitespace_only_and_of_commas_alone_punctuation_only() {
        assertEquals(
                Redline.Difference.WHITESPACE, Redline.classify("China  supports the UN.", "China supports the UN."));
        assertEquals(
                Redline.Difference.PUNCTUATION, Redline.classify("China, supports the UN.", "China supports the UN;"));
        assertEquals(Redline.Difference.WORDING, Redline.classify("the main channel", "the principal channel"));
        assertEquals(Redline.Difference.NONE, Redline.classify("Same.", "Same."));
    }

    @Test
    void the_redline_strikes_the_removed_words_underlines_the_added_and_never_reads_markup() {
        Element line = new Element("p");

        Redline.append(line, "the main <b>channel</b>", "the principal <b>channel</b>");

        assertEquals("the <del>main</del><ins>principal</ins> &lt;b&gt;channel&lt;/b&gt;", line.html());
    }

    @Test
    void a_change_of_spacing_is_shown_with_visible_marks() {
        Element line = new Element("p");

        Redline.append(line, "a  b", "a b");

        assertEquals("␣␣", line.selectFirst("del").text());
        assertEquals(true, line.text().contains("␣"), line.html());
    }

    @Test
    void long_unchanged_runs_are_shortened_around_the_change() {
        String words = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four";
        Element line = new Element("p");

        String run = words + " " + words;
        Redline.appendShort(line, run + " old " + run, run + " new " + run);

        assertEquals(true, line.text().startsWith("… "), line.text());
        assertEquals(true, line.text().endsWith(" …"), line.text());
        assertEquals("old", line.selectFirst("del").text());
    }
}
