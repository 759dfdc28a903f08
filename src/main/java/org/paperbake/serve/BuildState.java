package org.paperbake.serve;

/**
 * What the browser needs to know about the last build: the generation of the site being served,
 * which grows with each successful build, and the problems of the last build if it failed.
 *
 * @param generation the number of successful builds so far
 * @param error the last build's problems, one per line, or null when it succeeded
 */
record BuildState(long generation, String error) {

    /** The state as the JSON the live-reload script reads. */
    String toJson() {
        return "{\"generation\":" + generation + ",\"error\":" + (error == null ? "null" : jsonString(error)) + "}";
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '<' -> json.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
