package org.paperbake.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes plain text so that Markdown renders it as exactly that text. Only characters that would
 * change the meaning are escaped, so that the Markdown stays readable in GitHub's editor:
 * {@code US$50 million}, {@code China+Central Asia}, quotation marks and dashes are left alone.
 */
final class MarkdownText {

    /** Characters that start emphasis, code, links, HTML or an escape wherever they stand. */
    private static final String INLINE_SPECIAL = "\\*_`<[]~";

    /** {@code &copy;} or {@code &#169;} would render as the character it names. */
    private static final Pattern ENTITY =
            Pattern.compile("&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)");

    /** A line opening with these would become a heading, quote, list item or rule. */
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+\\-])");

    /** {@code 1. } or {@code 1) } would become an ordered list item. */
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

    private MarkdownText() {}

    /** Escapes text that stands inside a line (after bold markers, inside a panel title). */
    static String inline(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (INLINE_SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return ENTITY.matcher(escaped).replaceAll("\\\\&");
    }

    /** Escapes text that opens a line: inline escapes plus those for block markers. */
    static String paragraph(String text) {
        String escaped = inline(text);
        Matcher ordered = ORDERED_LIST_START.matcher(escaped);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + ordered.group(2) + escaped.substring(ordered.end());
        }
        return BLOCK_START.matcher(escaped).replaceFirst("\\\\$1");
    }
}
