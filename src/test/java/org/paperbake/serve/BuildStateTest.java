package org.paperbake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BuildStateTest {

    @Test
    void a_good_build_is_its_generation_and_no_error() {
        assertEquals("{\"generation\":3,\"error\":null,\"builds\":4}", new BuildState(3, null, 4).toJson());
    }

    @Test
    void problems_are_a_json_string_whatever_the_content_put_in_them() {
        String problems = "content/a.md:2: 'x' is \"y\\z\" — fix\n</script><b>\t\u0001";
        assertEquals(
                "{\"generation\":0,\"error\":\"content\\/a.md:2: 'x' is \\\"y\\\\z\\\" \\u2014 fix\\n<\\/script><b>\\t\\u0001\","
                        + "\"builds\":1}",
                new BuildState(0, problems, 1).toJson());
    }

    @Test
    void every_build_counts_but_only_a_good_one_makes_a_new_generation() {
        BuildState failed = new BuildState(2, null, 2).next("content/a.md:1: problem — fix");
        assertEquals(new BuildState(2, "content/a.md:1: problem — fix", 3), failed);
        assertEquals(new BuildState(3, null, 4), failed.next(null));
    }
}
