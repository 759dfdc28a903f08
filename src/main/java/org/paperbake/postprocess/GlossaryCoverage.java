package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperbake.content.ContentFile;
import org.paperbake.kernel.Problem;

/**
 * What the glossary misses and what it has to spare: capitalised multi-word names and acronyms in
 * the text that no entry covers, aliases that match nothing, and entries never mentioned.
 *
 * <p>A name is a run of capitalised words, perhaps joined by "of", "the" and the like ("League of
 * Arab States"; not by "and", which joins two names more often than it sits inside one), or a
 * word in capitals ("RCEP"). It is covered when each of its capitalised words lies inside a
 * mention. The first word of a sentence is only counted as part of a name when the rest of the
 * name is covered with it, since "In" or "Every" start sentences, not names; an acronym there
 * still counts.
 */
final class GlossaryCoverage {

    /** A word: letters and digits, with their combining marks (an NFD "é" is e + U+0301), apostrophes and joiners. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019+\\-]*");

    private static final Set<String> CONNECTORS = Set.of("of", "on", "for", "the", "in", "with", "a", "de", "to");
    private static final Set<String> NOT_NAMES = Set.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday");

    /**
     * A name no entry covers, where it was read.
     *
     * @param name the name as the text spells it
     * @param place its paragraph
     */
    public record Uncovered(String name, Place place) {}

    private GlossaryCoverage() {}

    /** Every coverage problem, names first (by file and line), then aliases, then entries. */
    public static List<Problem> check(
            Glossary glossary, List<Mention> mentions, List<Uncovered> uncovered, List<ContentFile> content) {
        List<Problem> problems = new ArrayList<>(uncoveredNames(uncovered, content));
        problems.addAll(unusedNames(glossary, mentions));
        return problems;
    }

    /** Names in the text that no entry covers, each reported once, where it first appears in reading order. */
    static List<Problem> uncoveredNames(List<Uncovered> uncovered, List<ContentFile> content) {
        Map<String, ContentFile> byPage = new HashMap<>();
        content.forEach(file -> byPage.put(file.outputPath(), file));
        Map<ContentFile, TermMatcher.View> bodies = new HashMap<>();
        Map<String, Problem> found = new LinkedHashMap<>();
        // A stable sort: a paragraph's names stay in text order.
        for (Uncovered sighting : uncovered.stream()
                .sorted(Comparator.comparing(Uncovered::place, Place.READING_ORDER))
                .toList()) {
            found.computeIfAbsent(
                    sighting.name(),
                    key -> problemFor(
                            key, sighting.place(), byPage.get(sighting.place().pagePath()), bodies));
        }
        return List.copyOf(found.values());
    }

    /**
     * The uncovered names of one paragraph, in text order, each {@linkplain TermMatcher#normalise
     * normalised} as the matcher reads names: a name wrapped across two lines of the source, or
     * written with a no-break space, is one name on one line. Words inside a bare URL are not names.
     */
    static List<String> uncoveredNamesIn(ParagraphScan paragraph) {
        String text = paragraph.text();
        List<String> names = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        int pendingConnectors = 0;
        int previousEnd = -1;
        BitSet urls = TermMatcher.bareUrls(text);
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            if (urls != null && urls.get(token.start())) {
                flush(paragraph, run, names);
                pendingConnectors = 0;
                previousEnd = -1;
                continue;
            }
            if (run.isEmpty() && !Character.isUpperCase(text.charAt(token.start()))) {
                // Most words: lower case, outside any name. Nothing to flush, nothing to start.
                previousEnd = token.end();
                continue;
            }
            String word = stripPossessive(token.group());
            boolean joined = previousEnd >= 0 && isBlank(text, previousEnd, token.start());
            if (!joined) {
                flush(paragraph, run, names);
                pendingConnectors = 0;
            }
            if (Character.isUpperCase(word.charAt(0))
                    && !NOT_NAMES.contains(word)
                    && !isCurrency(text, token.start() + word.length())) {
                run.add(new int[] {token.start(), token.start() + word.length()});
                pendingConnectors = 0;
            } else if (!run.isEmpty() && CONNECTORS.contains(word) && pendingConnectors == 0) {
                pendingConnectors++;
            } else if (!run.isEmpty() && CONNECTORS.contains(word) && pendingConnectors == 1) {
                pendingConnectors++;
            } else {
                flush(paragraph, run, names);
                pendingConnectors = 0;
            }
            previousEnd = token.end();
        }
        flush(paragraph, run, names);
        return names;
    }

    private static void flush(ParagraphScan paragraph, List<int[]> run, List<String> names) {
        if (run.isEmpty()) {
            return;
        }
        List<int[]> words = new ArrayList<>(run);
        run.clear();
        String text = paragraph.text();
        boolean allCovered = words.stream().allMatch(w -> paragraph.covers(w[0], w[1]));
        if (allCovered) {
            return;
        }
        if (startsSentence(text, words.get(0)[0]) && !isAcronym(text.substring(words.get(0)[0], words.get(0)[1]))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return;
        }
        boolean acronym = words.size() == 1 && isAcronym(text.substring(words.get(0)[0], words.get(0)[1]));
        if ((words.size() >= 2 || acronym) && !words.stream().allMatch(w -> paragraph.covers(w[0], w[1]))) {
            String name = TermMatcher.normalise(text.substring(words.get(0)[0], words.get(words.size() - 1)[1]));
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        for (int[] word : words) {
            String value = text.substring(word[0], word[1]);
            if (words.size() >= 2
                    && isAcronym(value)
                    && !paragraph.covers(word[0], word[1])
                    && !names.contains(value)) {
                names.add(value);
            }
        }
    }

    /** Only white space, no-break spaces included, and invisible format characters (soft hyphens). */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!TermMatcher.isSpace(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0
                && (Character.isWhitespace(text.charAt(i))
                        || text.charAt(i) == '"'
                        || text.charAt(i) == '\u201C'
                        || text.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isAcronym(String word) {
        int capitals = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isDigit(c) && c != '-') {
                return false;
            }
        }
        return capitals >= 2;
    }

    private static boolean isCurrency(String text, int end) {
        return end < text.length() && text.charAt(end) == '$';
    }

    /** The word without a final "'s", "'" or "’s": "China's" is "China". */
    private static String stripPossessive(String word) {
        int end = word.length();
        if (end > 0 && word.charAt(end - 1) == 's' && end > 1 && isApostrophe(word.charAt(end - 2))) {
            end -= 2;
        } else if (end > 0 && isApostrophe(word.charAt(end - 1))) {
            end -= 1;
        }
        return end == 0 ? word : word.substring(0, end);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static Problem problemFor(
            String name, Place place, ContentFile file, Map<ContentFile, TermMatcher.View> bodies) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String fix = "add content/glossary/" + slug + ".md for it, or add \"" + name
                + "\" to the aliases of the entry it names";
        String message = "\"" + name + "\" (¶ " + place.paragraphLabel() + ") is not in the glossary";
        if (file == null) {
            return new Problem("output/" + place.pagePath(), 0, message, fix);
        }
        return Problem.at(file.file(), lineOf(file, name, bodies), message, fix);
    }

    /**
     * The file line where {@code name} first appears in the body, read as the matcher reads text:
     * a name wrapped across lines is on the line it starts on. The first body line when not found
     * (a name spread over Markdown emphasis, or written with an entity such as {@code &nbsp;}).
     */
    private static int lineOf(ContentFile file, String name, Map<ContentFile, TermMatcher.View> bodies) {
        String body = file.body();
        TermMatcher.View view = bodies.computeIfAbsent(file, f -> TermMatcher.view(body));
        int at = view.text().indexOf(name);
        if (at < 0) {
            return file.bodyLine();
        }
        int offset = view.original(at, body.length());
        int line = file.bodyLine();
        for (int i = 0; i < offset; i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Aliases no mention uses, and entries with no mention at all. */
    static List<Problem> unusedNames(Glossary glossary, List<Mention> mentions) {
        Set<Integer> mentioned = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (Mention mention : mentions) {
            mentioned.add(mention.term());
            used.add(mention.term() + "\u0000"
                    + TermMatcher.key(mention.snippet().mention()));
        }
        List<Problem> problems = new ArrayList<>();
        List<Term> terms = glossary.terms();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            ContentFile file = term.file();
            if (file == null) {
                continue;
            }
            if (!mentioned.contains(i)) {
                problems.add(Problem.at(
                        file.file(),
                        file.lineOf("title"),
                        "the entry '" + term.title() + "' is never mentioned in the text",
                        "spell its title or an alias as the text does, or remove the entry"));
                continue;
            }
            for (String alias : term.aliases()) {
                if (!used.contains(i + "\u0000" + TermMatcher.key(alias))) {
                    problems.add(Problem.at(
                            file.file(),
                            file.lineOf("aliases"),
                            "the alias '" + alias + "' matches nothing in the text",
                            "spell it as the text does, or remove it"));
                }
            }
        }
        return problems;
    }
}
