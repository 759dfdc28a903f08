package org.paperbake.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A marked page is written with its insertions whichever way it is kept: encoded once when it is
 * of an ordinary size, piece by piece when it is a listing too large to copy whole.
 */
class MarkedPageWritingTest {

    @TempDir
    Path folder;

    private String written(HistoryStage.Marked page) throws IOException {
        Path file = folder.resolve("page.html");
        page.writeTo(file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static HistoryStage.Spliced spliced(String body) {
        String html = "<main>" + body + "</main><footer class=\"site-footer\"><p>© “x”</p></footer>";
        return new HistoryStage.Spliced(
                html,
                List.of(html.indexOf("</main>"), html.lastIndexOf("</p>"), html.length()),
                List.of("<p>Last changed ¶ 3.</p>", " · <a href=\"changes.html\">changes</a>", "\n"));
    }

    @Test
    void an_ordinary_page_is_encoded_once_and_written_with_its_insertions() throws IOException {
        HistoryStage.Spliced page = spliced("<p>Text — 网络</p>");
        HistoryStage.Marked kept = page.encodedUnlessLarge();
        assertNotSame(page, kept);
        assertEquals(page.text(), written(kept));
        assertEquals(
                "<main><p>Text — 网络</p><p>Last changed ¶ 3.</p></main><footer class=\"site-footer\"><p>© “x”"
                        + " · <a href=\"changes.html\">changes</a></p></footer>\n",
                written(kept));
    }

    @Test
    void a_page_too_large_to_copy_whole_is_written_piece_by_piece_to_the_same_text() throws IOException {
        HistoryStage.Spliced page = spliced("<p>“Item” ¶</p>".repeat(HistoryStage.Spliced.ENCODED_UP_TO_CHARS / 10));
        HistoryStage.Marked kept = page.encodedUnlessLarge();
        assertSame(page, kept);
        assertEquals(page.text(), written(kept));
    }
}
