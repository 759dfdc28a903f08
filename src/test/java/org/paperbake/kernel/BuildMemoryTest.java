package org.paperbake.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildMemoryTest {

    private record Text(String value) {}

    private record Other(String value) {}

    private final List<String> computed = new ArrayList<>();

    private String upperCase(Text text) {
        computed.add(text.value());
        return text.value().toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void a_remembering_memory_computes_a_key_once_across_builds() {
        BuildMemory memory = BuildMemory.acrossBuilds();
        Memo<Text, String> memo = memory.memo(Text.class);
        assertEquals("A", memo.get(new Text("a"), this::upperCase));
        assertEquals("A", memo.get(new Text("a"), this::upperCase));
        memory.nextBuild();
        assertEquals("A", memo.get(new Text("a"), this::upperCase));
        assertEquals(List.of("a"), computed);
        assertEquals(0, memory.computedThisBuild(Text.class));
    }

    @Test
    void what_a_build_did_not_use_is_forgotten_by_the_next() {
        BuildMemory memory = BuildMemory.acrossBuilds();
        Memo<Text, String> memo = memory.memo(Text.class);
        memo.get(new Text("a"), this::upperCase);
        memory.nextBuild();
        memo.get(new Text("b"), this::upperCase);
        memory.nextBuild();
        memo.get(new Text("a"), this::upperCase);
        assertEquals(List.of("a", "b", "a"), computed);
        assertEquals(1, memory.computedThisBuild(Text.class));
    }

    @Test
    void a_memory_that_remembers_nothing_computes_and_counts_every_lookup() {
        BuildMemory memory = BuildMemory.none();
        Memo<Text, String> memo = memory.memo(Text.class);
        memo.get(new Text("a"), this::upperCase);
        memo.get(new Text("a"), this::upperCase);
        assertEquals(List.of("a", "a"), computed);
        assertEquals(2, memory.computedThisBuild(Text.class));
        memory.nextBuild();
        assertEquals(0, memory.computedThisBuild(Text.class));
    }

    @Test
    void an_uncacheable_result_is_returned_but_computed_again_next_time() {
        BuildMemory memory = BuildMemory.acrossBuilds();
        Memo<Text, String> memo = memory.memo(Text.class);
        for (int i = 0; i < 2; i++) {
            assertEquals("A", memo.getComputed(new Text("a"), text -> Computed.uncacheable(upperCase(text))));
        }
        assertEquals(List.of("a", "a"), computed);
        assertEquals(2, memory.computedThisBuild(Text.class));
    }

    @Test
    void each_key_type_has_its_own_memo_and_count() {
        BuildMemory memory = BuildMemory.acrossBuilds();
        memory.<Text, String>memo(Text.class).get(new Text("a"), this::upperCase);
        Memo<Other, String> other = memory.memo(Other.class);
        assertEquals("other", other.get(new Other("a"), key -> "other"));
        assertEquals(1, memory.computedThisBuild(Text.class));
        assertEquals(1, memory.computedThisBuild(Other.class));
    }

    @Test
    void hashed_values_are_equal_when_their_values_are() {
        assertEquals(Hashed.of(List.of("a", "b")), Hashed.of(List.of("a", "b")));
        assertEquals(List.of("a", "b").hashCode(), Hashed.of(List.of("a", "b")).hashCode());
        assertNotEquals(Hashed.of(List.of("a", "b")), Hashed.of(List.of("b", "a")));
    }
}
