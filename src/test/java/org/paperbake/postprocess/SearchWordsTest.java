package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void words_are_split_and_trimmed_as_lunr_does_without_spelling_or_stemming() {
        assertEquals(
                List.of("the", "china", "eu", "taskforce’s", "2022", "brasília", "u.s", "a_b"),
                SearchWords.tokens("The China-EU  Taskforce’s (2022), Brasília\u00A0— “U.S.” a_b"));
    }

    @Test
    void each_word_lists_its_entries_as_packed_gaps_and_weights_and_each_entry_its_length() throws Exception {
        SearchWords words = new SearchWords();
        words.add(SearchIndex.json(
                List.of(new SearchIndex.Entry("a.html#p-1", "1", "Part", "Law and law.", "paragraph"))));
        words.add(
                SearchIndex.json(List.of(new SearchIndex.Entry("a.html#p-2", "2", "Part", "No \"law\"", "paragraph"))));
        words.add(SearchIndex.json(List.of(
                new SearchIndex.Entry("g.html", "", "Law", "Rules.", "term", "LAW · Lex", "Concept", "A rule."))));
        StringWriter script = new StringWriter();
        words.writeTo(script);
        assertEquals(
                "window.PAPERBAKE_SEARCH_WORDS = {\n"
                        + "\"a\":[25],\n"
                        + "\"and\":[9],\n"
                        + "\"law\":[10,9,11],\n"
                        + "\"lex\":[25],\n"
                        + "\"no\":[17],\n"
                        + "\"part\":[10,10],\n"
                        + "\"rule\":[25],\n"
                        + "\"rules\":[25]\n"
                        + "};\nwindow.PAPERBAKE_SEARCH_LENGTHS = [3,2,5];\n",
                script.toString());
    }

    @Test
    void the_fields_of_an_index_line_are_read_back_with_their_escapes() {
        String line = SearchIndex.json(
                List.of(new SearchIndex.Entry("a.html", "1", "S \"q\"", "T\\ </script> é\n", "paragraph")));
        assertEquals(
                Map.of("u", "a.html", "n", "1", "s", "S \"q\"", "t", "T\\ </script> é\n", "k", "paragraph"),
                SearchWords.fieldsOf(line + ","));
    }

    @Test
    void a_pages_lines_are_split_as_the_regular_expression_splits_them() {
        for (String page : List.of(
                "",
                "{\"u\":\"a\"}",
                "{\"u\":\"a\"},\n{\"u\":\"b\"}\n",
                "{\"u\":\"a\"},\n{\"u\":\"b\"}",
                "a,",
                ",\n",
                "a\n\n,\nb,,\n\n\n",
                "\n\na")) {
            assertEquals(List.of(page.split(",?\n")), SearchShards.lines(page), page);
        }
    }

    @Test
    void only_the_fields_asked_for_are_read_from_an_index_line() {
        String line = SearchIndex.json(
                List.of(new SearchIndex.Entry("a.html", "1", "S \"q\"", "T\\ </script> é\n", "paragraph")));
        assertEquals(Map.of("n", "1", "k", "paragraph"), SearchWords.fieldsOf(line + ",", Set.of("n", "k", "x")));
    }
}
