package org.paperbake.postprocess;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds glossary names in text in one pass, with an Aho–Corasick automaton.
 *
 * <p>The automaton is built once over every title, alias and acronym, case-folded; a text is read
 * once, character by character, whatever the number of names. Each candidate the automaton reports
 * is then checked against the rules a reader expects:
 * <ul>
 *   <li>whole words only: "UN" is not found in "UNESCO" nor "Cuba" in "Cuban";</li>
 *   <li>a possessive is a word end: "the UN's role" mentions the UN;</li>
 *   <li>a hyphen or plus joining two words joins them: in "China-Japan relations" China is not a
 *       mention of its own, though "China-EU Taskforce" is, when that is a name;</li>
 *   <li>names with two capitals in a row (acronyms: "UN", "China-EU Taskforce") match only with
 *       that exact case;</li>
 *   <li>names written in title case — two or more words, every word but "of", "a", "the" and the
 *       like capitalised ("Jointly Build a Community with a Shared Future in Cyberspace", the title
 *       of a document) — are proper names and match only with that exact case, so the same words
 *       as an ordinary phrase ("to jointly build a community with a shared future in cyberspace")
 *       are not a mention of the document;</li>
 *   <li>other names — one word, or a phrase in sentence case ("Community with a shared future in
 *       cyberspace") — match in any case ("Cybercrime" at a sentence start);</li>
 *   <li>the longest name wins, leftmost first: "international organization of the World Internet
 *       Conference" is one mention, not a mention of the World Internet Conference.</li>
 * </ul>
 * Names inside a longer match (China and the EU inside "China-EU Taskforce") are reported as
 * {@linkplain Match#nested() nested} mentions, which are listed but not linked.
 */
public final class TermMatcher {

    /** A name to find: its text, the term it names, and whether its case must match exactly. */
    public record Name(String text, int term, boolean caseSensitive) {

        /**
         * A name whose case rule follows from its text: an acronym (two capitals in a row) or a
         * title-case name (a proper name, such as a document's title) is case-sensitive.
         */
        public static Name of(String text, int term) {
            return new Name(text, term, hasAcronym(text) || isTitleCase(text));
        }
    }

    /**
     * A mention found in a text.
     *
     * @param start the index of its first character
     * @param end the index after its last character
     * @param term the term it names
     * @param nested whether it lies inside a longer match ({@code container} is that match's term)
     * @param container the term of the enclosing match, or -1
     */
    public record Match(int start, int end, int term, boolean nested, int container) {}

    private static final int ROOT = 0;

    /** A bare web address: the scheme or "www." at a word start, up to the next space or quote. */
    private static final Pattern BARE_URL =
            Pattern.compile("\\b(?:(?:https?|ftp)://|mailto:|www\\.)[^\\s<>\"]*+", Pattern.CASE_INSENSITIVE);

    /** Longer runs of combining marks than this are read as they are, not composed (canonical reordering is quadratic). */
    private static final int MAX_COMPOSED = 32;

    private final List<Name> names;
    private final int[][] outputs;
    private final int[] fail;
    private final char[][] keys;
    private final int[][] targets;
    /** The root's transitions for ASCII, looked up directly: most characters of a text leave from the root. */
    private final int[] asciiFromRoot = new int[128];

    /** Builds the automaton over {@code names}. */
    public TermMatcher(List<Name> names) {
        this.names = names.stream()
                .map(n -> new Name(normalise(n.text()), n.term(), n.caseSensitive()))
                .toList();
        List<TreeMap<Character, Integer>> edges = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        edges.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        for (int i = 0; i < this.names.size(); i++) {
            String text = this.names.get(i).text();
            if (text.isEmpty()) {
                continue;
            }
            int node = ROOT;
            for (int k = 0; k < text.length(); k++) {
                char c = fold(text.charAt(k));
                Integer next = edges.get(node).get(c);
                if (next == null) {
                    next = edges.size();
                    edges.get(node).put(c, next);
                    edges.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                }
                node = next;
            }
            ends.get(node).add(i);
        }
        int size = edges.size();
        keys = new char[size][];
        targets = new int[size][];
        for (int node = 0; node < size; node++) {
            TreeMap<Character, Integer> map = edges.get(node);
            keys[node] = new char[map.size()];
            targets[node] = new int[map.size()];
            int k = 0;
            for (var edge : map.entrySet()) {
                keys[node][k] = edge.getKey();
                targets[node][k] = edge.getValue();
                k++;
            }
        }
        for (char c = 0; c < asciiFromRoot.length; c++) {
            int k = Arrays.binarySearch(keys[ROOT], c);
            asciiFromRoot[c] = k < 0 ? -1 : targets[ROOT][k];
        }
        fail = new int[size];
        outputs = new int[size][];
        linkFailures(ends);
    }

    /** Breadth-first: each node's failure link is the longest proper suffix that is also a prefix. */
    private void linkFailures(List<List<Integer>> ends) {
        Queue<Integer> queue = new ArrayDeque<>();
        outputs[ROOT] = toArray(ends.get(ROOT));
        for (int child : targets[ROOT]) {
            fail[child] = ROOT;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.remove();
            List<Integer> out = new ArrayList<>(ends.get(node));
            for (int o : outputs[fail[node]]) {
                out.add(o);
            }
            outputs[node] = toArray(out);
            for (int k = 0; k < keys[node].length; k++) {
                int child = targets[node][k];
                int f = fail[node];
                int next = step(f, keys[node][k]);
                while (next < 0 && f != ROOT) {
                    f = fail[f];
                    next = step(f, keys[node][k]);
                }
                fail[child] = next < 0 || next == child ? ROOT : next;
                queue.add(child);
            }
        }
    }

    /** The names the automaton was built over, by index. */
    public List<Name> names() {
        return names;
    }

    /**
     * Every mention in {@code text}: the selected ones in text order, then the nested ones; offsets
     * are indexes of {@code text} itself, though matching reads its {@linkplain #view normalised view}.
     *
     * <p>Linear in the text: for a text of {@code n} characters, with {@code d} the most names that
     * can end at one character (names that are suffixes of one another) and {@code L} the longest
     * name, this takes O(n·(log σ + d·L)) time and O(n·d) memory, σ the most edges of one automaton
     * node. The glossary fixes d, L and σ, so it is O(n), whatever the number of mentions: the
     * automaton reads each character once (failure links are amortised), the candidates are ordered
     * by a counting sort on their start, and both the leftmost-longest selection and the nested
     * mentions are one forward pass over that order.
     */
    public List<Match> findAll(CharSequence text) {
        View view = view(text);
        String t = view.text();
        BitSet urls = bareUrls(t);
        Candidates candidates = new Candidates();
        int node = ROOT;
        for (int i = 0; i < t.length(); i++) {
            char c = fold(t.charAt(i));
            int next = step(node, c);
            while (next < 0 && node != ROOT) {
                node = fail[node];
                next = step(node, c);
            }
            node = next < 0 ? ROOT : next;
            for (int id : outputs[node]) {
                int start = i + 1 - names.get(id).text().length();
                if (caseMatches(t, start, names.get(id)) && !overlaps(urls, start, i + 1)) {
                    candidates.add(start, i + 1, id);
                }
            }
        }
        if (candidates.size == 0) {
            return List.of();
        }
        int[] order = candidates.sorted(t.length());
        List<Match> all = new ArrayList<>();
        List<Integer> selected = new ArrayList<>();
        int end = -1;
        for (int c : order) {
            if (candidates.start[c] >= end && isWordAt(t, candidates.start[c], candidates.end[c], true)) {
                all.add(view.match(
                        candidates.start[c],
                        candidates.end[c],
                        names.get(candidates.id[c]).term(),
                        false,
                        -1));
                selected.add(c);
                end = candidates.end[c];
            }
        }
        int p = 0;
        for (int outer : selected) {
            int outerStart = candidates.start[outer];
            int outerEnd = candidates.end[outer];
            int outerTerm = names.get(candidates.id[outer]).term();
            while (p < order.length && candidates.start[order[p]] < outerStart) {
                p++;
            }
            int nestedEnd = -1;
            for (; p < order.length && candidates.start[order[p]] < outerEnd; p++) {
                int c = order[p];
                int term = names.get(candidates.id[c]).term();
                if (candidates.end[c] <= outerEnd
                        && candidates.end[c] - candidates.start[c] < outerEnd - outerStart
                        && term != outerTerm
                        && candidates.start[c] >= nestedEnd
                        && isWordAt(t, candidates.start[c], candidates.end[c], false)) {
                    all.add(view.match(candidates.start[c], candidates.end[c], term, true, outerTerm));
                    nestedEnd = candidates.end[c];
                }
            }
        }
        return all;
    }

    private static boolean overlaps(BitSet urls, int start, int end) {
        if (urls == null) {
            return false;
        }
        int inside = urls.nextSetBit(start);
        return inside >= 0 && inside < end;
    }

    /**
     * The characters of {@code text} inside a bare URL or e-mail address ("https://www.un.org/UN-Charter"),
     * or null when there is none: a name there is part of an address, not a mention, and a link spliced
     * into it would break the address the reader copies.
     */
    static BitSet bareUrls(String text) {
        BitSet inside = null;
        if (mayHoldUrl(text)) {
            Matcher url = BARE_URL.matcher(text);
            while (url.find()) {
                inside = inside == null ? new BitSet(text.length()) : inside;
                inside.set(url.start(), url.end());
            }
        }
        // E-mail addresses by hand: a regex would rescan each long word once per starting position.
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int from = at;
            while (from > 0 && isAddressChar(text.charAt(from - 1))) {
                from--;
            }
            int to = at + 1;
            while (to < text.length() && isAddressChar(text.charAt(to))) {
                to++;
            }
            if (from < at && text.indexOf('.', at) > at && text.indexOf('.', at) < to - 1) {
                inside = inside == null ? new BitSet(text.length()) : inside;
                inside.set(from, to);
            }
        }
        return inside;
    }

    /** Whether {@code text} has "://", "mailto:" or "www." anywhere: one pass, so most paragraphs skip the regex. */
    private static boolean mayHoldUrl(String text) {
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
            if (text.startsWith("//", i + 1) || i >= 6 && text.regionMatches(true, i - 6, "mailto", 0, 6)) {
                return true;
            }
        }
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            if (i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAddressChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '+');
    }

    /** The candidate mentions of one text, as parallel arrays (no boxing: a paragraph may hold 100,000). */
    private static final class Candidates {
        int[] start = new int[16];
        int[] end = new int[16];
        int[] id = new int[16];
        int size;

        void add(int s, int e, int name) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
                id = Arrays.copyOf(id, size * 2);
            }
            start[size] = s;
            end[size] = e;
            id[size] = name;
            size++;
        }

        /** Up to this many candidates (a usual paragraph has a few) are sorted in place, without arrays as long as the text. */
        private static final int SMALL = 32;

        /** The same order by insertion: at most {@link #SMALL}² steps. */
        private int[] insertionSorted() {
            int[] order = new int[size];
            for (int k = 0; k < size; k++) {
                int x = k;
                int at = k;
                while (at > 0 && before(x, order[at - 1])) {
                    order[at] = order[at - 1];
                    at--;
                }
                order[at] = x;
            }
            return order;
        }

        private boolean before(int a, int b) {
            if (start[a] != start[b]) {
                return start[a] < start[b];
            }
            if (end[a] != end[b]) {
                return end[a] > end[b];
            }
            return id[a] < id[b];
        }

        /**
         * The candidates by start, then longest first, then name index: a counting sort on the start.
         * They were found in order of their end, so within one start the ends ascend; read backwards,
         * keeping names with the same end in their found (ascending) order.
         */
        int[] sorted(int textLength) {
            if (size <= SMALL) {
                return insertionSorted();
            }
            int[] first = new int[textLength + 2];
            for (int k = 0; k < size; k++) {
                first[start[k] + 1]++;
            }
            for (int s = 0; s <= textLength; s++) {
                first[s + 1] += first[s];
            }
            int[] byStart = new int[size];
            int[] next = Arrays.copyOf(first, first.length);
            for (int k = 0; k < size; k++) {
                byStart[next[start[k]]++] = k;
            }
            int[] order = new int[size];
            int w = 0;
            for (int s = 0; s <= textLength; s++) {
                int lo = first[s];
                int k = first[s + 1];
                while (k > lo) {
                    int a = k - 1;
                    while (a > lo && end[byStart[a - 1]] == end[byStart[k - 1]]) {
                        a--;
                    }
                    for (int x = a; x < k; x++) {
                        order[w++] = byStart[x];
                    }
                    k = a;
                }
            }
            return order;
        }
    }

    /**
     * Whether {@code [start, end)} is a whole word or words. Strictly, a hyphen or plus between two
     * letters joins words ("China-Japan"); inside a longer match it separates them.
     */
    static boolean isWordAt(CharSequence text, int start, int end, boolean strict) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (Character.isLetterOrDigit(before)
                    || strict && isJoiner(before) && start > 1 && Character.isLetterOrDigit(text.charAt(start - 2))) {
                return false;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            return !(Character.isLetterOrDigit(after)
                    || strict
                            && isJoiner(after)
                            && end + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(end + 1)));
        }
        return true;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '+' || c == '\u2010' || c == '\u2011';
    }

    private static boolean caseMatches(CharSequence text, int start, Name name) {
        if (!name.caseSensitive()) {
            return true;
        }
        String expected = name.text();
        for (int k = 0; k < expected.length(); k++) {
            if (plain(text.charAt(start + k)) != plain(expected.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private int step(int node, char c) {
        if (node == ROOT && c < asciiFromRoot.length) {
            return asciiFromRoot[c];
        }
        int k = Arrays.binarySearch(keys[node], c);
        return k < 0 ? -1 : targets[node][k];
    }

    /** Case-folded, with typographic apostrophes and hyphens read as plain ones. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(plain(c));
    }

    private static char plain(char c) {
        return switch (c) {
            case '\u2019', '\u2018' -> '\'';
            case '\u2010', '\u2011' -> '-';
            default -> c;
        };
    }

    /**
     * A name as matching reads it: {@linkplain #view normalised}, without leading or trailing space.
     * Titles, aliases, acronyms and text all pass through here, so that they compare alike.
     */
    public static String normalise(String name) {
        return view(name).text().strip();
    }

    /** The normalised name, case-folded: equal for any two spellings the matcher treats as one name. */
    public static String key(String name) {
        String normal = normalise(name);
        StringBuilder folded = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); i++) {
            folded.append(fold(normal.charAt(i)));
        }
        return folded.toString();
    }

    /**
     * The text as matching reads it, with a map back to the original offsets.
     *
     * <p>The view is NFC (an "é" typed as e + U+0301 is the single character é), every run of white
     * space — line breaks, tabs, no-break and other Unicode spaces — is one space, and invisible
     * format characters (soft hyphen, zero-width space, direction marks) are left out. The page
     * text itself is never changed: a match in the view is mapped back to the characters of the
     * original, so a link wraps exactly what the document says. Linear in the text.
     */
    static View view(CharSequence text) {
        if (!needsView(text)) {
            return new View(text.toString(), null, null);
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] from = new int[n + 1];
        int[] to = new int[n + 1];
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int j = i + 1;
                while (j < n && (isSpace(text.charAt(j)) || isFormat(text.charAt(j)))) {
                    j++;
                }
                append(out, ' ', i, j, from, to);
                i = j;
                continue;
            }
            if (isFormat(c)) {
                i++;
                continue;
            }
            int j = i + Character.charCount(Character.codePointAt(text, i));
            while (j < n && continuesCharacter(Character.codePointAt(text, j))) {
                j += Character.charCount(Character.codePointAt(text, j));
            }
            String segment = text.subSequence(i, j).toString();
            String composed = j - i > MAX_COMPOSED || j - i == 1 && isNfcStable(c)
                    ? segment
                    : Normalizer.normalize(segment, Normalizer.Form.NFC);
            if (composed.equals(segment)) {
                for (int k = i; k < j; k++) {
                    from = grow(from, out.length());
                    to = grow(to, out.length());
                    append(out, text.charAt(k), k, k + 1, from, to);
                }
            } else {
                for (int k = 0; k < composed.length(); k++) {
                    from = grow(from, out.length());
                    to = grow(to, out.length());
                    append(out, composed.charAt(k), i, j, from, to);
                }
            }
            i = j;
        }
        return new View(out.toString(), from, to);
    }

    private static int[] grow(int[] array, int index) {
        return index < array.length ? array : Arrays.copyOf(array, array.length * 2);
    }

    private static void append(StringBuilder out, char c, int start, int end, int[] from, int[] to) {
        from[out.length()] = start;
        to[out.length()] = end;
        out.append(c);
    }

    /**
     * Whether the view of {@code text} may differ from it. Plain ASCII with single spaces and the
     * typographic quotes and dashes — nearly every paragraph — is its own view, without the offset map.
     */
    private static boolean needsView(CharSequence text) {
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return true;
                }
                space = true;
                continue;
            }
            space = false;
            if (c < 128
                    ? Character.isWhitespace(c)
                    : !(c < 0x300 && c != 0xA0 && c != 0xAD || c >= 0x2010 && c <= 0x2027)) {
                return true;
            }
        }
        return false;
    }

    /** White space of any kind: line breaks, tabs, no-break spaces (U+00A0, U+202F), the U+2000 spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** An invisible format character (Unicode Cf): soft hyphen, zero-width space and joiners, direction marks. */
    private static boolean isFormat(char c) {
        return Character.getType(c) == Character.FORMAT;
    }

    /** A code point that belongs to the character before it: a combining mark, or a Hangul vowel or final jamo. */
    private static boolean continuesCharacter(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || codePoint >= 0x1160 && codePoint <= 0x11FF;
    }

    /** A lone character NFC leaves as it is, known without asking the normaliser (Latin, punctuation, CJK, Hangul). */
    private static boolean isNfcStable(char c) {
        return c < 0x300
                || c >= 0x2010 && c <= 0x2027
                || c >= 0x3040 && c <= 0x3098
                || c >= 0x309B && c <= 0x9FFF
                || c >= 0xAC00 && c <= 0xD7A3;
    }

    /**
     * Normalised text and, unless it is the original itself, the original offsets of each of its characters.
     *
     * @param text the normalised text
     * @param from for each character, the original index of the first character it was read from; null: identity
     * @param to for each character, the original index after the last character it was read from
     */
    record View(String text, int[] from, int[] to) {

        /** The match of view range {@code [start, end)}, in original offsets. */
        Match match(int start, int end, int term, boolean nested, int container) {
            return from == null
                    ? new Match(start, end, term, nested, container)
                    : new Match(from[start], to[end - 1], term, nested, container);
        }

        /** The original index of view index {@code index}, or the original length at the end. */
        int original(int index, int originalLength) {
            if (from == null) {
                return index;
            }
            return index < text.length() ? from[index] : originalLength;
        }
    }

    /** Whether {@code text} has two capital letters in a row, the mark of an acronym ("UN", "China-EU"). */
    static boolean hasAcronym(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && Character.isUpperCase(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The small words a title leaves in lower case ("World Forum on Rule of Law in Internet"). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "a", "an", "and", "as", "at", "by", "de", "for", "in", "into", "of", "on", "or", "the", "to", "with");

    /**
     * Whether {@code text} is written in title case: at least two words, each word (a run of letters;
     * a hyphen separates words) capitalised except the small words of a title ("of", "a", "the"…).
     * "Jointly Build a Community with a Shared Future in Cyberspace" is; "Community with a shared
     * future in cyberspace", "Cybercrime" and "telecom and online fraud" are not.
     */
    static boolean isTitleCase(String text) {
        int capitalised = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n
                    && (Character.isLetter(text.charAt(i))
                            || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (Character.isUpperCase(text.charAt(start))) {
                capitalised++;
            } else if (!TITLE_SMALL_WORDS.contains(text.substring(start, i))) {
                return false;
            }
        }
        return capitalised >= 2;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
