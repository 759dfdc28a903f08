package org.paperbake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.paperbake.kernel.Problem;

class GitHubAnnotationsTest {

    @Test
    void a_problem_becomes_an_error_annotation_on_its_file_and_line() {
        assertEquals(
                "::error file=content/a.md,line=7::unknown front-matter key 'ordr' — did you mean 'order'?",
                GitHubAnnotations.errorLine(
                        new Problem("content/a.md", 7, "unknown front-matter key 'ordr'", "did you mean 'order'?")));
    }

    @Test
    void a_whole_file_problem_has_no_line() {
        assertEquals(
                "::error file=assets/orphan.html::no link leads here — link to it",
                GitHubAnnotations.errorLine(new Problem("assets/orphan.html", 0, "no link leads here", "link to it")));
    }

    @Test
    void commas_colons_percent_signs_and_line_breaks_from_content_cannot_forge_another_command() {
        assertEquals(
                "::error file=content/a%2Cb%3Ac.md,line=2::100%25 wrong%0A::error file=x::forged — fix",
                GitHubAnnotations.errorLine(
                        new Problem("content/a,b:c.md", 2, "100% wrong\n::error file=x::forged", "fix")));
    }
}
