package org.paperbake.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Permanent paragraph identity: the scheme, shared by the importer that assigns identifiers, the
 * check that finds missing and repeated ones, the repair command and the renderer.
 *
 * <p>Every block of a document part's Markdown (a paragraph, a heading, a panel's title line, each
 * paragraph of a panel) ends its last line with an HTML comment {@code <!-- ¶ k3f9q -->}: five
 * characters of lower-case Crockford base 32 (no i, l, o, u), taken from the SHA-256 of the block's
 * text as first written, with the next five characters of the hash when those are taken. GitHub's
 * preview and its web editor's preview hide a comment; the editor keeps it on the line, so editing
 * the words of a paragraph, moving it or inserting another before it keeps its identifier; a
 * paragraph split in two keeps it on the half that keeps the line's end, and the repair command
 * gives the other half one of its own.
 */
public final class ParagraphIds {

    /** The digits of an identifier. */
    public static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    /** How many characters an identifier has. */
    public static final int LENGTH = 5;

    /** The prefix of the anchor an identifier gives its paragraph on the site: {@code #para-k3f9q}. */
    public static final String ANCHOR_PREFIX = "para-";

    /** An identifier comment at the end of a line, with the spaces before it. */
    public static final Pattern TRAILING =
            Pattern.compile("[ \\t]*<!--[ \\t]*¶[ \\t]*([0-9a-z]{1,16})[ \\t]*-->[ \\t]*$");

    /** {@link #TRAILING} on every line of a text. */
    private static final Pattern TRAILING_ON_ANY_LINE = Pattern.compile(TRAILING.pattern(), Pattern.MULTILINE);

    /** An identifier comment anywhere (in rendered HTML, or a line with two). */
    public static final Pattern ANYWHERE = Pattern.compile("<!--[ \\t]*¶[ \\t]*([0-9a-z]{1,16})[ \\t]*-->");

    /** What a well-formed identifier looks like. */
    public static final Pattern WELL_FORMED = Pattern.compile("[0-9abcdefghjkmnpqrstvwxyz]{" + LENGTH + "}");

    private static final Pattern THEMATIC_BREAK = Pattern.compile("([-*_])( *\\1){2,} *");
    private static final Pattern LINK_DEFINITION = Pattern.compile("\\[[^\\]]+\\]:.*", Pattern.DOTALL);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ParagraphIds() {}

    /**
     * One block of a body that carries an identifier.
     *
     * @param firstLine the 1-based line of the body where the block starts
     * @param lastLine the 1-based line that carries (or should carry) the identifier
     * @param text the block's Markdown without the identifier comment and the quote markers
     * @param id its identifier, or empty when the block has none
     */
    public record Block(int firstLine, int lastLine, String text, Optional<String> id) {}

    /** The comment that gives a block the identifier {@code id}. */
    public static String comment(String id) {
        return "<!-- ¶ " + id + " -->";
    }

    /** The anchor (HTML id) of the paragraph identified by {@code id}. */
    public static String anchor(String id) {
        return ANCHOR_PREFIX + id;
    }

    /** {@code markdown} without its identifier comments, as a reader sees it on GitHub. */
    public static String strip(String markdown) {
        return ANYWHERE.matcher(TRAILING_ON_ANY_LINE.matcher(markdown).replaceAll(""))
                .replaceAll("");
    }

    /** The line without a trailing identifier comment. */
    public static String stripLine(String line) {
        Matcher matcher = trailing(line);
        if (matcher == null) {
            return line;
        }
        int start = matcher.start();
        while (start > 0 && (line.charAt(start - 1) == ' ' || line.charAt(start - 1) == '\t')) {
            start--;
        }
        return line.substring(0, start) + line.substring(matcher.end());
    }

    /** The identifier at the end of {@code line}, if it has one. */
    public static Optional<String> idAtEndOf(String line) {
        Matcher matcher = trailing(line);
        return matcher == null ? Optional.empty() : Optional.of(matcher.group(1));
    }

    /**
     * {@link #TRAILING} found in {@code line}, or null. Tried only from the line's last {@code <!--}:
     * what follows a trailing comment's opening holds no other, so that is where any match opens
     * (the spaces before it are the caller's). Every line of a body is asked, most of them long
     * paragraphs without a comment: trying the pattern at each of their characters was a tenth of
     * a 1,000-page build.
     */
    private static Matcher trailing(String line) {
        int open = line.lastIndexOf("<!--");
        if (open < 0 || line.indexOf('¶', open) < 0) {
            return null;
        }
        Matcher matcher = TRAILING.matcher(line).region(open, line.length());
        return matcher.find() ? matcher : null;
    }

    /**
     * The blocks of {@code body} that carry identifiers: runs of non-blank lines, and inside a
     * blockquote runs of non-empty quoted lines. Fenced code, tables, HTML blocks and thematic
     * breaks carry none.
     */
    public static List<Block> blocks(String body) {
        String[] lines = body.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        int start = -1;
        boolean fenced = false;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
                start = close(lines, start, i, blocks);
                continue;
            }
            if (fenced) {
                continue;
            }
            boolean quoted = stripped.startsWith(">");
            String inner = quoted ? stripped.substring(1).strip() : stripped;
            boolean separator = inner.isEmpty() || (start >= 0 && quoted != isQuoted(lines[start]));
            if (separator) {
                start = close(lines, start, i, blocks);
            }
            if (!inner.isEmpty() && start < 0) {
                start = i;
            }
        }
        return blocks;
    }

    private static boolean isQuoted(String line) {
        return line.strip().startsWith(">");
    }

    /** Closes the block running from {@code start} to the line before {@code end}; gives the next start (-1). */
    private static int close(String[] lines, int start, int end, List<Block> blocks) {
        if (start < 0) {
            return -1;
        }
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            String line = lines[i].strip();
            if (line.startsWith(">")) {
                line = line.substring(1).strip();
            }
            text.append(i > start ? "\n" : "").append(stripLine(line));
        }
        String first = text.toString().strip();
        if (!carriesId(first)) {
            return -1;
        }
        blocks.add(new Block(start + 1, end, first, idAtEndOf(lines[end - 1])));
        return -1;
    }

    /** Tables, HTML blocks, thematic breaks and link definitions carry no identifier. */
    private static boolean carriesId(String text) {
        return !(text.startsWith("|")
                || text.startsWith("<")
                || THEMATIC_BREAK.matcher(text).matches()
                || LINK_DEFINITION.matcher(text).matches());
    }

    /**
     * The identifier the text gets: five characters of its hash, or the next five while those are
     * in {@code taken}; {@code taken} gets the one chosen. Deterministic for the same text and the
     * same identifiers taken before it.
     */
    public static String assign(String text, Set<String> taken) {
        byte[] hash = sha256(normalise(text));
        for (int round = 0; ; round++) {
            byte[] bytes = round == 0 ? hash : sha256(normalise(text) + "\u0000" + round);
            for (int window = 0; window + LENGTH * 5 <= bytes.length * 8; window += LENGTH * 5) {
                String id = idFrom(bytes, window);
                if (taken.add(id)) {
                    return id;
                }
            }
        }
    }

    /**
     * Gives each block of {@code body} without an identifier, or with one an earlier block already
     * used ({@code seen}), an identifier of its own that is not in {@code taken}; the body otherwise
     * unchanged. Pass in {@code taken} every identifier the document already carries, so that a new
     * one never takes another paragraph's; both sets get every identifier the body ends up with.
     */
    public static String repair(String body, Set<String> seen, Set<String> taken) {
        String[] lines = body.split("\n", -1);
        for (Block block : blocks(body)) {
            Optional<String> id = block.id();
            if (id.isPresent() && WELL_FORMED.matcher(id.get()).matches() && seen.add(id.get())) {
                taken.add(id.get());
                continue;
            }
            String fresh = assign(block.text(), taken);
            seen.add(fresh);
            int index = block.lastLine() - 1;
            lines[index] = stripLine(lines[index]).stripTrailing() + " " + comment(fresh);
        }
        return String.join("\n", lines);
    }

    /** Gives every block of a new body (an import) an identifier not in {@code taken}. */
    public static String assignAll(String body, Set<String> taken) {
        return repair(body, new HashSet<>(), taken);
    }

    /** The identifiers the blocks of {@code body} carry, in order. */
    public static Set<String> idsIn(String body) {
        Set<String> ids = new HashSet<>();
        for (Block block : blocks(body)) {
            block.id().ifPresent(ids::add);
        }
        return ids;
    }

    /** The text a hash is taken of: NFC, spaces collapsed, no identifier. */
    static String normalise(String text) {
        return SPACES.matcher(Normalizer.normalize(strip(text), Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }

    private static String idFrom(byte[] bytes, int bitOffset) {
        StringBuilder id = new StringBuilder(LENGTH);
        for (int c = 0; c < LENGTH; c++) {
            int value = 0;
            for (int b = 0; b < 5; b++) {
                int bit = bitOffset + c * 5 + b;
                value = (value << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
            }
            id.append(ALPHABET.charAt(value));
        }
        return id.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
