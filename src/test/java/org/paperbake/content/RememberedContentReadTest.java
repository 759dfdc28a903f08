package org.paperbake.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperbake.TestSites;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.Problem;

/**
 * {@code serve}'s content read: each file's bytes are the key of what reading them gave, so an
 * unchanged file is neither decoded nor checked again, a file whose bytes change in any way (line
 * ends included) is read again, and a file that is not text is reported on every build.
 */
class RememberedContentReadTest {

    private static final String SECTION = "06-1-playing-an-active-role-in-rule-making.md";

    @TempDir
    Path folder;

    private static ContentFile section(Path content, BuildMemory memory, List<String> problems) {
        List<Problem> found = new ArrayList<>();
        List<ContentFile> files = ContentReader.readAllCollecting(content, found, memory);
        found.forEach(problem -> problems.add(problem.format()));
        memory.nextBuild();
        return files.stream()
                .filter(file -> file.relativePath().equals(SECTION))
                .findFirst()
                .orElse(null);
    }

    @Test
    void an_unchanged_file_is_the_same_read_and_any_change_to_its_bytes_reads_it_again() throws IOException {
        Path content = TestSites.copyProjectSite(folder.resolve("site")).resolve("content");
        BuildMemory memory = BuildMemory.acrossBuilds();
        List<String> problems = new ArrayList<>();
        ContentFile first = section(content, memory, problems);
        assertSame(first, section(content, memory, problems), "unchanged bytes: remembered");

        Path file = content.resolve(SECTION);
        Files.writeString(file, Files.readString(file).replace("\n", "\r\n"));
        ContentFile crlf = section(content, memory, problems);
        assertNotSame(first, crlf);
        assertNotEquals(first.sourceSha1(), crlf.sourceSha1(), "the same text with other line ends is another file");
        assertEquals(first.body(), crlf.body());
        assertEquals(List.of(), problems);
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_on_every_build_not_only_the_first() throws IOException {
        Path content = TestSites.copyProjectSite(folder.resolve("site")).resolve("content");
        Path file = content.resolve(SECTION);
        String text = Files.readString(file);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "\nCaf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = Arrays.copyOf(utf8, utf8.length + latin1.length);
        System.arraycopy(latin1, 0, bytes, utf8.length, latin1.length);
        Files.write(file, bytes);
        int line = text.split("\n", -1).length + 1;
        BuildMemory memory = BuildMemory.acrossBuilds();
        for (int build = 0; build < 3; build++) {
            List<String> problems = new ArrayList<>();
            assertEquals(null, section(content, memory, problems));
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(
                    problems.get(0).contains(SECTION + ":" + line + ": the file is not valid UTF-8"),
                    problems.toString());
        }
    }
}
