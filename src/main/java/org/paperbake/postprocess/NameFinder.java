package org.paperbake.postprocess;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names in a paragraph that no glossary mention covers: the candidates the coverage check
 * reports and {@code glossary draft} writes entries for.
 *
 * <p>A name is a run of capitalised words ("World Trade Organization"), perhaps joined by the
 * connectors names hold inside ("League <em>of</em> Arab States", "Treaty <em>on the</em>
 * Non-Proliferation", "Jointly Build <em>a</em> Community <em>with a</em> Shared Future"), or a
 * word in capitals ("RCEP"). What joins two names is not part of either: "with the" ("the WTO with
 * the AIIB"), "and the", a bare "the" or "with", a possessive ("China's Belt and Road Initiative":
 * "China", then the initiative), and any connector beside an acronym ("the IMF in Asia"). A plain
 * "and" is both: it sits inside "Belt and Road Initiative" and between "Central Asia and Russia";
 * the candidate keeps both readings ({@link Candidate#sides}) and the document decides
 * ({@link GlossaryCoverage#resolve}): where a side is also written on its own, the "and" joins two
 * names. A side that is a glossary name already is a name of its own at once.
 *
 * <p>The first word of a sentence is only counted as part of a name when the rest of the name is
 * covered with it, since "In" or "Every" start sentences, not names; an acronym there still
 * counts. An acronym in parentheses right after a name that it abbreviates ("Regional
 * Comprehensive Economic Partnership (RCEP)") is recorded as the name's acronym (the test of
 * Schwartz and Hearst, 2003: its letters are the name's, in order, the first one a word's first).
 */
final class NameFinder {

    /**
     * A name the text holds that no entry covers.
     *
     * @param name the name as the text spells it, {@linkplain TermMatcher#normalise normalised}
     * @param sides when the name holds a plain "and", the names on either side of it, else empty
     * @param acronym the acronym the text gives it in parentheses right after it, or empty
     */
    record Candidate(String name, List<String> sides, String acronym) {}

    /** A word: letters and digits, with their combining marks (an NFD "é" is e + U+0301), apostrophes and joiners. */
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019+\\-]*");

    /**
     * The words of a text as {@link #TOKEN} finds them, found by Unicode category rather than by the
     * pattern: every paragraph of every page is read word by word, and the pattern's matcher was
     * two thirds of the time spent finding names (NameFinderTest compares the two).
     */
    static final class Token {
        private static final int WORD_START = 1 << Character.UPPERCASE_LETTER
                | 1 << Character.LOWERCASE_LETTER
                | 1 << Character.TITLECASE_LETTER
                | 1 << Character.MODIFIER_LETTER
                | 1 << Character.OTHER_LETTER
                | 1 << Character.DECIMAL_DIGIT_NUMBER
                | 1 << Character.LETTER_NUMBER
                | 1 << Character.OTHER_NUMBER;
        private static final int WORD_PART = WORD_START
                | 1 << Character.NON_SPACING_MARK
                | 1 << Character.ENCLOSING_MARK
                | 1 << Character.COMBINING_SPACING_MARK;

        private final String text;
        private int start;
        private int end;

        Token(String text) {
            this.text = text;
        }

        /** Moves to the next word after the current one; false when there is none. */
        boolean find() {
            int at = end;
            while (at < text.length()) {
                int c = text.codePointAt(at);
                if ((WORD_START >> Character.getType(c) & 1) != 0) {
                    start = at;
                    end = at + Character.charCount(c);
                    while (end < text.length()) {
                        int next = text.codePointAt(end);
                        if ((WORD_PART >> Character.getType(next) & 1) == 0 && "'\u2019+-".indexOf(next) < 0) {
                            break;
                        }
                        end += Character.charCount(next);
                    }
                    return true;
                }
                at += Character.charCount(c);
            }
            end = text.length();
            return false;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String group() {
            return text.substring(start, end);
        }
    }

    private static final Set<String> CONNECTORS =
            Set.of("of", "on", "for", "the", "in", "with", "a", "de", "to", "and");

    /** The connector sequences a name may hold between two of its capitalised words. */
    private static final Set<String> INSIDE_A_NAME = Set.of(
            "of", "on", "for", "in", "de", "to", "a", "and", "of the", "on the", "for the", "in the", "to the",
            "with a", "of a", "for a", "on a", "in a", "to a");

    /** Plural nouns whose possessive is part of names ("People's Republic of China", "National People's Congress"). */
    private static final Set<String> NAME_POSSESSIVES = Set.of("people", "women", "children", "workers", "men");

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

    /** Adjectives of peoples and places: "Asian", "European", "African", "Chinese", "British". */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}[\\p{L}\\-]*(?:ian|ean|can|ese|ish)");

    private static final Pattern PARENTHESISED =
            Pattern.compile("\\G[\\s\u00a0]*\\([\\s\u00a0]*([\\p{Lu}\\p{N}][\\p{L}\\p{N}\\-]*)[\\s\u00a0]*\\)");

    /** The run of capitalised words being read, with the connectors before each. */
    private static final class Run {
        final List<int[]> words = new ArrayList<>();
        final List<String> gaps = new ArrayList<>();

        boolean isEmpty() {
            return words.isEmpty();
        }

        void clear() {
            words.clear();
            gaps.clear();
        }
    }

    private final ParagraphScan paragraph;
    private final String text;
    private final List<Candidate> found = new ArrayList<>();
    private final Set<String> foundNames = new HashSet<>();

    private NameFinder(ParagraphScan paragraph) {
        this.paragraph = paragraph;
        this.text = paragraph.text();
    }

    /** The uncovered names of {@code paragraph}, in text order, each once. */
    static List<Candidate> candidatesIn(ParagraphScan paragraph) {
        NameFinder finder = new NameFinder(paragraph);
        finder.read();
        return finder.found;
    }

    private void read() {
        Run run = new Run();
        List<String> pending = new ArrayList<>();
        int previousEnd = -1;
        BitSet urls = TermMatcher.bareUrls(text);
        Token token = new Token(text);
        while (token.find()) {
            if (urls != null && urls.get(token.start())) {
                flush(run);
                pending.clear();
                previousEnd = -1;
                continue;
            }
            if (run.isEmpty() && !Character.isUpperCase(text.charAt(token.start()))) {
                // Most words: lower case, outside any name. Nothing to flush, nothing to start.
                previousEnd = token.end();
                continue;
            }
            String raw = token.group();
            String word = stripPossessive(raw);
            boolean joined = previousEnd >= 0 && isBlank(text, previousEnd, token.start());
            if (!joined) {
                flush(run);
                pending.clear();
            }
            if (Character.isUpperCase(word.charAt(0))
                    && !NOT_NAMES.contains(word)
                    && !isCurrency(text, token.start() + word.length())) {
                int[] span = {token.start(), token.start() + word.length()};
                addWord(run, span, String.join(" ", pending));
                pending.clear();
                if (word.length() < raw.length() && !NAME_POSSESSIVES.contains(word.toLowerCase(Locale.ROOT))) {
                    // "China's Belt and Road Initiative": the possessive ends the name it closes.
                    flush(run);
                }
            } else if (run.words.size() >= 2 && pending.isEmpty() && isYear(text, token.start(), token.end())) {
                // "First Light 2022", "Expo 2020": a year right after a name is part of it.
                run.words.add(new int[] {token.start(), token.end()});
                run.gaps.add("");
            } else if (!run.isEmpty() && CONNECTORS.contains(word) && pending.size() < 2) {
                pending.add(word);
            } else {
                flush(run);
                pending.clear();
            }
            previousEnd = token.end();
        }
        flush(run);
    }

    /** Four digits, not part of a larger number ("2,000", "2022.5"). */
    private static boolean isYear(String text, int start, int end) {
        if (end - start != 4 || !text.substring(start, end).chars().allMatch(Character::isDigit)) {
            return false;
        }
        return end + 1 >= text.length()
                || !(".,".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1)));
    }

    /** Adds a capitalised word after {@code gap}; a gap no name holds ends the name before it. */
    private void addWord(Run run, int[] span, String gap) {
        if (!run.isEmpty()) {
            int[] last = run.words.get(run.words.size() - 1);
            boolean besideAcronym = !gap.isEmpty() && (isAcronym(wordAt(last)) || isAcronym(wordAt(span)));
            if (!INSIDE_A_NAME.contains(gap) && !gap.isEmpty() || besideAcronym) {
                flush(run);
            }
        }
        run.words.add(span);
        run.gaps.add(run.isEmpty() || run.words.size() == 1 ? "" : gap);
    }

    private String wordAt(int[] span) {
        return text.substring(span[0], span[1]);
    }

    private void flush(Run run) {
        if (run.isEmpty()) {
            return;
        }
        List<int[]> words = new ArrayList<>(run.words);
        List<String> gaps = new ArrayList<>(run.gaps);
        run.clear();
        if (words.stream().allMatch(this::covered)) {
            return;
        }
        if (startsSentence(text, words.get(0)[0]) && !isAcronym(wordAt(words.get(0)))) {
            words.remove(0);
            gaps.remove(0);
            if (words.isEmpty()) {
                return;
            }
            gaps.set(0, "");
        }
        // The conjuncts of every plain "and".
        List<List<int[]>> sides = new ArrayList<>();
        sides.add(new ArrayList<>());
        for (int i = 0; i < words.size(); i++) {
            if (gaps.get(i).equals("and")) {
                sides.add(new ArrayList<>());
            }
            sides.get(sides.size() - 1).add(words.get(i));
        }
        boolean twoNames = sides.size() > 1
                && (sides.stream().allMatch(side -> side.size() == 1)
                        || sides.stream().anyMatch(side -> side.stream().allMatch(this::covered)));
        if (sides.size() == 1 || twoNames) {
            sides.forEach(side -> addName(side, List.of()));
        } else {
            addName(words, sides.stream().map(this::textOf).toList());
        }
    }

    /**
     * Reports the words as a name when they are one (two words or more, or an acronym) and not all
     * covered. Words ending in an adjective of a people or place before a noun ("Central Asian
     * countries", "South African government") describe, they don't name.
     */
    private void addName(List<int[]> words, List<String> sides) {
        boolean acronym = words.size() == 1 && isAcronym(wordAt(words.get(0)));
        boolean adjective = words.size() >= 2 && endsInDemonymBeforeNoun(words.get(words.size() - 1));
        if ((words.size() >= 2 || acronym) && !adjective && !words.stream().allMatch(this::covered)) {
            String name = textOf(words);
            add(new Candidate(name, sides, acronymAfter(name, words.get(words.size() - 1)[1])));
        }
        for (int[] word : words) {
            String value = wordAt(word);
            if (words.size() >= 2 && isAcronym(value) && !covered(word)) {
                add(new Candidate(value, List.of(), ""));
            }
        }
    }

    private boolean endsInDemonymBeforeNoun(int[] last) {
        if (!DEMONYM.matcher(wordAt(last)).matches()) {
            return false;
        }
        int i = last[1];
        while (i < text.length() && TermMatcher.isSpace(text.charAt(i))) {
            i++;
        }
        return i > last[1] && i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    private void add(Candidate candidate) {
        // A set beside the list: a paragraph of 50,000 different names is not 50,000² comparisons.
        if (foundNames.add(candidate.name())) {
            found.add(candidate);
        }
    }

    private String textOf(List<int[]> words) {
        return TermMatcher.normalise(text.substring(words.get(0)[0], words.get(words.size() - 1)[1]));
    }

    private boolean covered(int[] word) {
        return paragraph.covers(word[0], word[1]);
    }

    /** The acronym in parentheses right after {@code end}, when it abbreviates {@code name}; else empty. */
    private String acronymAfter(String name, int end) {
        Matcher parenthesised = PARENTHESISED.matcher(text);
        parenthesised.region(end, text.length());
        if (parenthesised.lookingAt()) {
            String acronym = parenthesised.group(1);
            if (isAcronym(acronym) && abbreviates(acronym, name)) {
                return acronym;
            }
        }
        return "";
    }

    /**
     * Whether {@code acronym} abbreviates {@code name} (Schwartz and Hearst, 2003): read from the
     * end, each of its letters and digits is found in the name, in order, and the first one starts
     * a word of it. "RCEP" abbreviates "Regional Comprehensive Economic Partnership"; "WTO" doesn't
     * abbreviate "World Bank".
     */
    static boolean abbreviates(String acronym, String name) {
        String shortForm = acronym.toLowerCase(Locale.ROOT);
        String longForm = name.toLowerCase(Locale.ROOT);
        int s = shortForm.length() - 1;
        int l = longForm.length() - 1;
        while (s >= 0) {
            char c = shortForm.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0
                    && (longForm.charAt(l) != c
                            || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return false;
            }
            l--;
            s--;
        }
        return true;
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

    /**
     * Nothing but capitals, digits and hyphens, with two capitals or more, or a capital first and a
     * digit: "RCEP", "COVID-19", "G20", "G7".
     */
    static boolean isAcronym(String word) {
        int capitals = 0;
        int digits = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (c != '-') {
                return false;
            }
        }
        return capitals >= 2 || (capitals == 1 && digits > 0 && Character.isUpperCase(word.charAt(0)));
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
}
