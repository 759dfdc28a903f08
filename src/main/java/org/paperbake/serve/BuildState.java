package org.paperbake.serve;

import org.paperbake.kernel.Json;

/**
 * What the browser needs to know about the last build: the generation of the site being served,
 * which grows with each successful build, the problems of the last build if it failed, and how many
 * builds have finished, good or failed — the count a waiting status request is answered on, since a
 * failed build changes the problems shown without changing the generation.
 *
 * @param generation the number of successful builds so far
 * @param error the last build's problems, one per line, or null when it succeeded
 * @param builds the number of builds finished so far, good or failed
 */
record BuildState(long generation, String error, long builds) {

    /** The state after one more build: a good one when {@code error} is null. */
    BuildState next(String error) {
        return new BuildState(error == null ? generation + 1 : generation, error, builds + 1);
    }

    /** The state as the JSON the live-reload script reads. */
    String toJson() {
        return "{\"generation\":" + generation + ",\"error\":" + (error == null ? "null" : Json.string(error))
                + ",\"builds\":" + builds + "}";
    }
}
