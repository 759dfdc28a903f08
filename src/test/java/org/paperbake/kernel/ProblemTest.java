package org.paperbake.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void a_problem_formats_as_path_line_problem_and_fix() {
        Problem problem = new Problem("content/a.md", 3, "'order' is \"ten\" (text)", "write a whole number");
        assertEquals("content/a.md:3: 'order' is \"ten\" (text) — write a whole number", problem.format());
    }

    @Test
    void a_whole_file_problem_leaves_the_line_out() {
        assertEquals(
                "content/a.md: the file is not valid UTF-8 — save it as UTF-8",
                new Problem("content/a.md", 0, "the file is not valid UTF-8", "save it as UTF-8").format());
    }

    @Test
    void paths_below_the_working_directory_are_shown_relative() {
        Path file = Path.of("").toAbsolutePath().resolve("content/glossary/rcep.md");
        assertEquals("content/glossary/rcep.md", Problem.displayPath(file));
    }
}
