package org.paperbake.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutOfMemoryTest {

    @Test
    void the_heap_running_out_is_told_as_such() {
        assertTrue(Main.ranOutOfMemory(new OutOfMemoryError("Java heap space")));
    }

    @Test
    void a_class_whose_initialiser_ran_out_of_memory_on_another_thread_is_the_heap_running_out_too() {
        NoClassDefFoundError later = new NoClassDefFoundError("Could not initialize class a.B");
        later.initCause(new ExceptionInInitializerError(
                "Exception java.lang.OutOfMemoryError: Java heap space [in thread worker-1]"));
        assertTrue(Main.ranOutOfMemory(later));
    }

    @Test
    void other_errors_are_not_mistaken_for_it() {
        assertFalse(Main.ranOutOfMemory(new StackOverflowError()));
        NoClassDefFoundError missing = new NoClassDefFoundError("a/B");
        missing.initCause(new ExceptionInInitializerError("Exception java.lang.IllegalStateException"));
        assertFalse(Main.ranOutOfMemory(missing));
    }
}
