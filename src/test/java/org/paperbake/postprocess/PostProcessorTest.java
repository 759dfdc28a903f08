package org.paperbake.postprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.config.LinkPolicy;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.PaperbakeException;

class PostProcessorTest {

    @Test
    void a_site_file_that_cannot_be_written_is_an_output_failure_not_bad_input(@TempDir Path site) throws Exception {
        TestSites.write(site.resolve("index.html"), "<html><body><p>Text</p></body></html>");
        // A folder where the search index goes: writing it fails as a full disk or a permission would.
        Files.createDirectories(site.resolve(SearchIndex.INDEX_FILE));
        PaperbakeException failure = assertThrows(
                PaperbakeException.OutputFailed.class,
                () -> PostProcessor.process(
                        site, "", List.of(), Glossary.load(List.of()), LinkPolicy.FIRST_PER_PAGE, BuildMemory.none()));
        assertEquals(4, failure.exitCode());
        assertTrue(
                failure.problems().get(0).format().contains("cannot write the search index"),
                failure.problems().toString());
    }
}
