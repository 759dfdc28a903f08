package org.paperbake.kernel;

/** JSON strings, as the search index and the live-reload state write them. */
public final class Json {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Json() {}

    /** {@code value} as a JSON string, quotes included. */
    public static String string(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        appendString(json, value);
        return json.append('"').toString();
    }

    /**
     * Appends {@code value} escaped for a JSON string, without the quotes, as commons-text's {@code
     * escapeJson} does (quote, backslash, slash, and everything outside printable ASCII as a
     * backslash-u escape: the result is plain ASCII, and {@code </script>} can't end a script it
     * is written into), without its per-character lookups: the search index holds every paragraph
     * of the site, and that escaper took seconds on a large one.
     */
    public static void appendString(StringBuilder out, String value) {
        // Runs of characters written as they are are copied whole: most of a paragraph is one.
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= ' ' && c < 0x7f && c != '"' && c != '\\' && c != '/') {
                continue;
            }
            out.append(value, run, i);
            appendEscaped(out, c);
            run = i + 1;
        }
        out.append(value, run, value.length());
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '/' -> out.append("\\/");
            case '\b' -> out.append("\\b");
            case '\n' -> out.append("\\n");
            case '\t' -> out.append("\\t");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default ->
                out.append("\\u")
                        .append(HEX[c >> 12 & 15])
                        .append(HEX[c >> 8 & 15])
                        .append(HEX[c >> 4 & 15])
                        .append(HEX[c & 15]);
        }
    }
}
