package org.paperbake.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentSchema;
import org.paperbake.content.DocumentType;

/**
 * A glossary category for a name, guessed from the word that says what the thing is: the last
 * capitalised word before "of", "on", "for" or "in" ("<em>League</em> of Arab States", "<em>Conference</em>
 * on Interaction…"), else the last word ("World Trade <em>Organization</em>"). The site's own entries
 * are asked first — the category most of those with that word use — then a table of the words
 * policy documents name things with; an acronym alone is most often an organization, and anything
 * else is a concept. The draft says which it was, for the editor to check.
 *
 * @param category one of {@link ContentSchema#CATEGORIES}
 * @param reason why, in a phrase for the draft
 */
record CategoryGuess(String category, String reason) {

    private static final Set<String> HEAD_ENDS = Set.of("of", "on", "for", "in", "to", "de");

    private static final Map<String, String> WORDS = table();

    private static Map<String, String> table() {
        Map<String, String> words = new HashMap<>();
        put(
                words,
                "organization",
                "organization organisation union association bank fund nations league group council commission"
                        + " committee agency institute office ministry secretariat court alliance programme"
                        + " program authority bureau department university academy parliament assembly corporation"
                        + " company community society foundation network");
        put(
                words,
                "agreement",
                "agreement partnership treaty convention charter protocol accord code pact memorandum law act"
                        + " regulation regulations resolution recommendation declaration rules principles");
        put(words, "initiative", "initiative strategy plan vision campaign agenda action");
        put(
                words,
                "mechanism",
                "mechanism dialogue consultation consultations roundtable taskforce task-force platform framework"
                        + " cooperation centre center system");
        put(
                words,
                "event",
                "forum conference summit seminar congress expo exposition meeting festival games olympics session"
                        + " week symposium workshop talks");
        put(
                words,
                "place",
                "republic kingdom emirates asia africa europe america americas island islands city province region"
                        + " sea ocean federation states");
        return Map.copyOf(words);
    }

    private static void put(Map<String, String> words, String category, String list) {
        for (String word : list.split(" ")) {
            words.putIfAbsent(word, category);
        }
    }

    /** The guess for {@code name} in a site whose content is {@code content}. */
    static CategoryGuess of(String name, List<ContentFile> content) {
        String head = headWord(name);
        String key = head.toLowerCase(Locale.ROOT);
        Map<String, Integer> votes = new TreeMap<>();
        for (ContentFile file : content) {
            if (file.type() == DocumentType.TERM
                    && file.isPublished()
                    && file.category().isPresent()) {
                if (headWord(file.title()).toLowerCase(Locale.ROOT).equals(key)) {
                    votes.merge(file.category().get(), 1, Integer::sum);
                }
            }
        }
        if (!votes.isEmpty()) {
            String best = votes.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            int count = votes.get(best);
            return new CategoryGuess(
                    best,
                    "as " + count + " of the glossary's entries named \"… " + head + "\" "
                            + (count == 1 ? "is" : "are"));
        }
        if (WORDS.containsKey(key)) {
            return new CategoryGuess(WORDS.get(key), "from the word \"" + head + "\"");
        }
        if (name.indexOf(' ') < 0 && isAcronym(name)) {
            return new CategoryGuess("organization", "an acronym alone most often names an organization");
        }
        return new CategoryGuess(
                ContentSchema.CATEGORIES.get(ContentSchema.CATEGORIES.size() - 1),
                "no word of the name says what it is");
    }

    /** The word that says what the named thing is. */
    static String headWord(String name) {
        String[] words = name.strip().split("[\\s\u00a0]+");
        String head = words[words.length - 1];
        for (int i = 1; i < words.length; i++) {
            if (HEAD_ENDS.contains(words[i])) {
                head = words[i - 1];
                break;
            }
        }
        // "China-Central Asia Summit", "Sino-Russian …": the last part of a hyphenated word.
        String last = head.substring(head.lastIndexOf('-') + 1);
        return last.isEmpty() ? head : last;
    }

    private static boolean isAcronym(String word) {
        long capitals = word.chars().filter(Character::isUpperCase).count();
        boolean lettersAndDigits = capitals == 1
                && Character.isUpperCase(word.charAt(0))
                && word.chars().anyMatch(Character::isDigit);
        return (capitals >= 2 || lettersAndDigits)
                && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-');
    }
}
