package org.paperbake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BuildStateTest {

    @Test
    void a_good_build_is_its_generation_and_no_error() {
        assertEquals("{\"generation\":3,\"error\":null}", new BuildState(3, null).toJson());
    }

    @Test
    void problems_are_a_json_string_whatever_the_content_put_in_them() {
        String problems = "content/a.md:2: 'x' is \"y\\z\" — fix\n</script><b>\t\u0001";
        assertEquals(
                "{\"generation\":0,\"error\":\"content\\/a.md:2: 'x' is \\\"y\\\\z\\\" \\u2014 fix\\n<\\/script><b>\\t\\u0001\"}",
                new BuildState(0, problems).toJson());
    }
}
