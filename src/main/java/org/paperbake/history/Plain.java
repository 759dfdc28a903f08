package org.paperbake.history;

import org.paperbake.kernel.ParagraphIds;

/** A paragraph's Markdown as a reader reads it: no bold markers, escapes or identifier comments. */
final class Plain {

    private Plain() {}

    static String of(String markdown) {
        return ParagraphIds.strip(markdown)
                .replace("**", "")
                .replace("__", "")
                .replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>&~|])", "$1")
                .replaceAll("\\s*\\n\\s*", " ")
                .strip();
    }
}
