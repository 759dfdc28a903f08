package org.paperbake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaffoldTest {

    @Test
    void file_names_are_lower_case_ascii_words_joined_by_hyphens() {
        assertEquals(
                "regional-comprehensive-economic-partnership",
                Scaffold.slugOf("Regional Comprehensive Economic Partnership"));
        assertEquals("china-league-of-arab-states", Scaffold.slugOf("China–League of Arab States"));
        assertEquals("unesco-s-recommendation", Scaffold.slugOf("UNESCO's Recommendation"));
        assertEquals("sao-paulo-cafe", Scaffold.slugOf("  São Paulo Café  "));
        assertEquals("", Scaffold.slugOf("中国"));
        assertEquals(
                80, Scaffold.slugOf("word ".repeat(40)).length() + 1, "cut at 80 characters without a trailing hyphen");
    }

    @Test
    void values_are_written_as_yaml_double_quoted_text() {
        assertEquals("\"A: \\\"quoted\\\" \\\\ # text\"", Scaffold.quoted("A: \"quoted\" \\ # text"));
    }
}
