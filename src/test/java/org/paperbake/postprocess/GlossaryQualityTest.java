package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperbake.TestSites;
import org.paperbake.content.ContentReader;

/**
 * The rules of a glossary entry that a machine can check, on the seed's own glossary: a definition
 * says something its name doesn't, the full definition is more than the short one, and no two
 * entries share a short definition. (Neutrality and accuracy are checked by an editor against a
 * public source: CONTRIBUTING.md.)
 */
class GlossaryQualityTest {

    /** The words that carry no meaning of their own in a definition. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a",
            "an",
            "the",
            "of",
            "on",
            "in",
            "and",
            "or",
            "for",
            "to",
            "by",
            "with",
            "its",
            "it",
            "is",
            "as",
            "at",
            "from",
            "that",
            "which",
            "between",
            "among",
            "through",
            "each",
            "other",
            "this",
            "their",
            "where",
            "two",
            "both",
            "one",
            "held",
            "co-hosted",
            "hosted",
            "set",
            "up",
            "about",
            "into",
            "known",
            "called");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*");

    /** How many words of its own, beyond its names, a short definition must have. */
    static final int OWN_WORDS = 3;

    private static final Glossary SEED = Glossary.load(ContentReader.readAll(TestSites.PROJECT.resolve("content")));

    /** The meaningful words of {@code text}, each cut to its first five letters so that "Russian" is "Russia". */
    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String w = word.group();
            if (!FUNCTION_WORDS.contains(w)) {
                stems.add(w.length() > 5 ? w.substring(0, 5) : w);
            }
        }
        return stems;
    }

    /** The words of {@code term}'s short definition that none of its names has. */
    static Set<String> ownWords(Term term) {
        Set<String> own = stems(term.shortDefinition());
        for (String name : Glossary.namesOf(term)) {
            own.removeAll(stems(name.replace('-', ' ')));
        }
        return own;
    }

    @Test
    void a_definition_that_only_restates_its_name_is_caught() {
        Term restating = new Term(
                "china-cuba-internet-development-forum",
                "China-Cuba Internet Development Forum",
                "event",
                "A forum on internet development co-hosted by China and Cuba.",
                List.of(),
                "",
                null);
        assertEquals(Set.of(), ownWords(restating));
        Term saying = new Term(
                "china-eu-taskforce",
                "China-EU Taskforce",
                "mechanism",
                "The China-EU Cyber Taskforce, a working group that China and the EU agreed to set up in 2012.",
                List.of(),
                "",
                null);
        assertTrue(ownWords(saying).size() >= OWN_WORDS, ownWords(saying).toString());
    }

    @Test
    void no_short_definition_merely_repeats_its_title() {
        List<String> restating = new ArrayList<>();
        for (Term term : SEED.terms()) {
            if (ownWords(term).size() < OWN_WORDS) {
                restating.add(term.slug() + ": \"" + term.shortDefinition() + "\" adds only " + ownWords(term));
            }
        }
        assertEquals(List.of(), restating, String.join("\n", restating));
    }

    @Test
    void no_full_definition_repeats_its_short_definition_word_for_word() {
        List<String> repeating = new ArrayList<>();
        for (Term term : SEED.terms()) {
            String body = term.file().body().strip().replaceAll("\\s+", " ");
            if (body.equals(term.shortDefinition()) || body.isEmpty()) {
                repeating.add(term.slug());
            }
        }
        assertEquals(List.of(), repeating, "the full definition says more than the tooltip");
    }

    @Test
    void no_two_entries_have_the_same_short_definition() {
        Map<String, String> seen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (Term term : SEED.terms()) {
            String key = term.shortDefinition()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("\\W+", " ")
                    .strip();
            String other = seen.putIfAbsent(key, term.slug());
            if (other != null) {
                twice.add(other + " and " + term.slug());
            }
        }
        assertEquals(List.of(), twice);
        assertTrue(
                SEED.terms().size() >= 60,
                "the seed's glossary: " + SEED.terms().size());
    }
}
