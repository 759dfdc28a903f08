package org.paperbake.serve;

import org.paperbake.kernel.Json;

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
        return "{\"generation\":" + generation + ",\"error\":" + (error == null ? "null" : Json.string(error)) + "}";
    }
}
