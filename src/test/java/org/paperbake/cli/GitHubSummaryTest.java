package org.paperbake.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperbake.kernel.Problem;

class GitHubSummaryTest {

    @Test
    void problems_become_one_table_row_each_with_pipes_line_breaks_and_markup_made_harmless() {
        String markdown = GitHubSummary.toMarkdown(List.of(
                new Problem("content/a.md", 4, "the link 'x|y' <b>is</b>\nbroken", "fix `it`"),
                new Problem("output/b.html", 0, "no link leads here", "link to it")));
        assertEquals("""
                ## Paperbake check: 2 problem(s)

                Each problem is also shown on its line in the pull request's *Files changed* tab. CONTRIBUTING.md explains each message.

                | File | Line | Problem | How to fix |
                | --- | --- | --- | --- |
                | `content/a.md` | 4 | the link 'x\\|y' &lt;b>is&lt;/b> broken | fix 'it' |
                | `output/b.html` |  | no link leads here | link to it |
                """, markdown);
    }

    @Test
    void no_problems_is_said_in_one_line() {
        assertEquals(
                "## Paperbake check: no problems\n\nThe settings, the content and the site they build passed every check.\n",
                GitHubSummary.toMarkdown(List.of()));
    }
}
