package org.paperbake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where serve builds: a session folder in memory with room for the site, else the site's output folder. */
class PreviewFolderTest {

    private static Path sources(Path folder, int bytes) throws IOException {
        Path content = Files.createDirectories(folder.resolve("content"));
        Files.write(content.resolve("page.md"), new byte[bytes]);
        return content;
    }

    @Test
    void a_session_builds_in_its_own_folder_in_memory_and_deletes_it_when_it_stops(@TempDir Path folder)
            throws IOException {
        Path memory = Files.createDirectories(folder.resolve("shm"));
        Path fallback = folder.resolve("output");

        PreviewFolder preview = PreviewFolder.choose(memory, List.of(sources(folder, 100)), fallback);
        Path output = preview.output();
        Files.createDirectories(output);
        Files.writeString(output.resolve("index.html"), "built");

        assertTrue(preview.inMemory());
        assertTrue(output.startsWith(memory), output.toString());
        assertFalse(Files.exists(fallback), "the output folder on disk is not touched");
        preview.close();
        try (var left = Files.list(memory)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void a_machine_without_a_memory_folder_builds_into_the_output_folder(@TempDir Path folder) throws IOException {
        Path fallback = folder.resolve("output");

        PreviewFolder preview = PreviewFolder.choose(folder.resolve("no-shm"), List.of(sources(folder, 100)), fallback);

        assertFalse(preview.inMemory());
        assertEquals(fallback, preview.output());
        preview.close();
    }

    @Test
    void a_site_too_large_for_the_room_in_memory_builds_into_the_output_folder(@TempDir Path folder)
            throws IOException {
        Path memory = Files.createDirectories(folder.resolve("shm"));
        Path fallback = folder.resolve("output");
        Path content = sources(folder, 100);
        long room = Files.getFileStore(memory).getUsableSpace();
        // A sparse file as large as the room: the site would need ten times that.
        try (FileChannel big =
                FileChannel.open(content.resolve("big.bin"), StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            big.position(room / PreviewFolder.ROOM_PER_SOURCE_BYTE + 1).write(java.nio.ByteBuffer.wrap(new byte[1]));
        }

        PreviewFolder preview = PreviewFolder.choose(memory, List.of(content), fallback);

        assertFalse(preview.inMemory());
        assertEquals(fallback, preview.output());
    }

    @Test
    void a_folder_a_killed_session_left_is_deleted_and_a_running_sessions_is_kept(@TempDir Path folder)
            throws IOException {
        Path memory = Files.createDirectories(folder.resolve("shm"));
        Path content = sources(folder, 100);
        // A killed session's folder: its lock file is there, nobody holds it.
        Path killed = Files.createDirectories(memory.resolve("paperbake-serve-killed"));
        Files.writeString(killed.resolve(".session.lock"), "");
        Files.createDirectories(killed.resolve("site"));
        Files.writeString(killed.resolve("site/index.html"), "left");
        PreviewFolder running = PreviewFolder.choose(memory, List.of(content), folder.resolve("output"));
        Path runningFolder = running.output().getParent();

        PreviewFolder next = PreviewFolder.choose(memory, List.of(content), folder.resolve("output"));

        assertFalse(Files.exists(killed), "the killed session's folder is deleted");
        assertTrue(Files.isDirectory(runningFolder), "the running session's folder is kept");
        assertTrue(next.inMemory() && !next.output().startsWith(runningFolder));
        next.close();
        running.close();
        assertFalse(Files.exists(runningFolder));
    }

    @Test
    void an_output_asked_for_is_used_and_never_deleted(@TempDir Path folder) throws IOException {
        Path output = Files.createDirectories(folder.resolve("chosen"));
        Files.writeString(output.resolve("index.html"), "built");

        PreviewFolder preview = PreviewFolder.onDisk(output);
        preview.close();

        assertFalse(preview.inMemory());
        assertEquals("built", Files.readString(output.resolve("index.html")));
    }
}
