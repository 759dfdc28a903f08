package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence splitting and keyword-in-context snippets. */
class SentencesTest {

    private static List<String> sentences(String text) {
        return Sentences.split(text).stream()
                .map(r -> text.substring(r[0], r[1]))
                .toList();
    }

    @Test
    void sentences_end_at_a_full_stop_before_a_capital_or_a_quote() {
        assertEquals(
                List.of("One sentence.", "Two?", "Yes!", "\"Quoted.\"", "Last one"),
                sentences(" One sentence. Two? Yes!  \"Quoted.\" Last one"));
        assertEquals(
                List.of("It cost US$50.5 million in 2022, e.g. for tests.", "Then more."),
                sentences("It cost US$50.5 million in 2022, e.g. for tests. Then more."),
                "no space after a decimal point; a lower-case word after e.g.");
        assertEquals(List.of("It says \"cyberspace.\"", "The next."), sentences("It says \"cyberspace.\" The next."));
    }

    @Test
    void a_snippet_is_the_sentence_around_the_mention() {
        String text = "First sentence. China supports the UN's role as the main channel. Third.";
        int start = text.indexOf("UN");
        Sentences.Snippet snippet = Sentences.around(text, start, start + 2);
        assertEquals("China supports the ", snippet.before());
        assertEquals("UN", snippet.mention());
        assertEquals("'s role as the main channel.", snippet.after());
        assertEquals("China supports the UN's role as the main channel.", snippet.text());
    }

    @Test
    void a_long_sentence_is_cut_at_words_with_ellipses() {
        String words = "word ".repeat(60);
        String text = "Start " + words + "MENTION " + words + "end.";
        int start = text.indexOf("MENTION");
        Sentences.Snippet snippet = Sentences.around(text, start, start + 7);
        assertEquals("… " + "word ".repeat(27), snippet.before());
        assertEquals(" " + "word ".repeat(27).strip() + " …", snippet.after());
        assertEquals("MENTION", snippet.mention());
    }

    @Test
    void a_mention_at_the_start_or_end_of_the_text_has_empty_context() {
        Sentences.Snippet snippet = Sentences.around("China", 0, 5);
        assertEquals("", snippet.before());
        assertEquals("", snippet.after());
    }
}
