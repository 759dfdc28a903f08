package org.paperbake.importer;

import java.util.Objects;

/**
 * One Markdown page the import produces.
 *
 * @param path the file name relative to the content folder ({@code 06-1-playing-an-active-role-in-rule-making.md})
 * @param type the front matter's {@code type}: document, section or subsection
 * @param number the number as displayed ({@code "VI"}, {@code "6.1"}, {@code "Conclusion"}), empty for the cover
 * @param title the page's title
 * @param paragraphs how many paragraphs of body text the page holds, those in panels included
 * @param text the whole file: front matter and body
 * @param seed the seed file name the page's text comes from, or null for the cover, which all parts make
 * @param continuedFrom the seed file name of a later part whose opening text continues the page
 *     (a web copy cut mid-section), or null: importing either part rewrites the page
 */
record GeneratedPage(
        String path,
        String type,
        String number,
        String title,
        int paragraphs,
        String text,
        String seed,
        String continuedFrom) {

    private static final String CLOSING_FENCE = "\n---\n";

    public GeneratedPage {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /** The front matter between its fences. */
    public String frontMatter() {
        return text.substring("---\n".length(), text.indexOf(CLOSING_FENCE) + 1);
    }

    /** Everything after the closing {@code ---} line: what {@code generated:} is the hash of. */
    public String body() {
        return text.substring(text.indexOf(CLOSING_FENCE) + CLOSING_FENCE.length());
    }
}
