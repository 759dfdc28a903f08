package org.paperbake.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.ParseException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jbake.template.RenderingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.PaperbakeException;

/** A full disk fails every page the same way: the bake says so once, as the output's failure. */
class BakeWriteFailureTest {

    @TempDir
    Path folder;

    @Test
    void pages_that_cannot_be_written_are_one_output_failure_not_a_problem_per_page() {
        SiteConfig config = SiteConfig.load(TestSites.copyFixture("minimal", folder.resolve("site")));
        List<Throwable> errors = List.of(
                new RenderingException("Failed to render file a.html", new IOException("No space left on device")),
                new RenderingException("Failed to render file b.html", new IOException("No space left on device")),
                new IOException("No space left on device"));
        PaperbakeException failure = assertThrows(
                PaperbakeException.OutputFailed.class,
                () -> SiteBaker.finish(config, List.of(), folder.resolve("staging"), errors, List.of()));
        assertEquals(4, failure.exitCode());
        assertEquals(1, failure.problems().size(), failure.problems().toString());
        String problem = failure.problems().get(0).format();
        assertTrue(
                problem.contains("cannot be written (No space left on device); 2 more pages and files failed"),
                problem);
        assertTrue(problem.contains("free space on the disk"), problem);
    }

    @Test
    void a_broken_template_is_still_the_templates_problem_though_freemarker_calls_it_an_input_output_error() {
        SiteConfig config = SiteConfig.load(TestSites.copyFixture("minimal", folder.resolve("site")));
        List<Throwable> errors = List.of(new RenderingException(
                "Failed to render file a.html", new ParseException("Syntax error in template \"page.ftl\"", 3, 1)));
        PaperbakeException failure = assertThrows(
                PaperbakeException.ContentProblems.class,
                () -> SiteBaker.finish(config, List.of(), folder.resolve("staging"), errors, List.of()));
        assertEquals(1, failure.exitCode());
    }
}
