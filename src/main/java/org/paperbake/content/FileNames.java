package org.paperbake.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule for content file names, which are the pages' addresses.
 *
 * <p>Every part of a content file's path below {@code content/} — each folder, and the file's name
 * without {@code .md} — is a <em>slug</em>: lower-case ASCII letters and digits, in words joined by
 * single hyphens ({@code 06-1-playing-an-active-role}), at most {@value #MAX_SLUG_LENGTH} characters.
 * Anything else is refused before the bake, with the slug to rename it to: JBake URL-encodes the
 * name of the page it writes ({@code a b.md} becomes {@code a+b.html}, {@code café.md}
 * {@code caf%C3%A9.html}), so such a page would be published at an address no link names, and a
 * draft would escape the draft removal; a name of 252 characters gives an output name longer than
 * the 255 bytes file systems allow. GitHub Pages serves addresses case-sensitively, so upper case is
 * refused too: {@code Conclusion.html} and {@code conclusion.html} are one file on macOS and Windows.
 */
public final class FileNames {

    /** The longest folder or file name (without {@code .md}) a content path may have. */
    public static final int MAX_SLUG_LENGTH = 150;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private FileNames() {}

    /** Whether {@code segment} is a slug: lower-case ASCII words joined by hyphens, not too long. */
    public static boolean isSlug(String segment) {
        return segment.length() <= MAX_SLUG_LENGTH && SLUG.matcher(segment).matches();
    }

    /**
     * The slug closest to {@code name}: accents stripped, lower case, every run of other characters
     * a hyphen, cut at a word to {@value #MAX_SLUG_LENGTH} characters; {@code page} when nothing is left.
     */
    public static String slugFor(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = slug.substring(0, MAX_SLUG_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = (lastHyphen > 0 ? slug.substring(0, lastHyphen) : slug).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "page" : slug;
    }

    /**
     * Why the content path {@code relativePath} ({@code glossary/a b.md}, forward slashes) can't be
     * a page's address, or null when it can.
     */
    public static String problemWith(String relativePath) {
        String[] segments = withoutExtension(relativePath).split("/", -1);
        for (String segment : segments) {
            if (segment.length() > MAX_SLUG_LENGTH) {
                return "the name '" + printable(segment) + "' is " + segment.length() + " characters long, more than "
                        + MAX_SLUG_LENGTH;
            }
            if (!isSlug(segment)) {
                return "the name '" + printable(segment)
                        + "' is not a page address: use lower-case ASCII letters and digits, words joined by hyphens";
            }
        }
        return null;
    }

    /** The path {@code relativePath} should be renamed to: each folder and the file name made a slug. */
    public static String suggestedPath(String relativePath) {
        boolean markdown = relativePath.endsWith(".md");
        List<String> slugs = new ArrayList<>();
        for (String segment : withoutExtension(relativePath).split("/", -1)) {
            slugs.add(isSlug(segment) ? segment : slugFor(segment));
        }
        return String.join("/", slugs) + (markdown ? ".md" : "");
    }

    /**
     * {@code text} with control characters (a newline in a file name) written as {@code \n} or
     * {@code \\u…}, so that a problem stays on its one line.
     */
    public static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\r') {
                shown.append("\\r");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (Character.isISOControl(c)) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private static String withoutExtension(String relativePath) {
        return relativePath.endsWith(".md") ? relativePath.substring(0, relativePath.length() - 3) : relativePath;
    }
}
