package org.paperbake.postprocess;

import java.nio.file.Path;
import org.paperbake.kernel.Problem;

/**
 * A draft glossary entry: glossary work to do, with what the text says about how much.
 *
 * @param file the entry's file
 * @param line the line of its title
 * @param title its title
 * @param paragraphs how many paragraphs mention it by a name it has
 * @param firstPinpoint the first of them as displayed ("6.1.3"), or empty when none does
 */
public record DraftEntry(Path file, int line, String title, int paragraphs, String firstPinpoint) {

    /**
     * How a draft's {@code short} sentence and text begin until the editor writes them: a published
     * entry that still begins so is refused ({@link Glossary#load}).
     */
    public static final String PLACEHOLDER = "DRAFT —";

    /** One line of the list {@code check} prints: {@code path:line: title — mentioned in 3 paragraphs, first ¶ 6.1.3}. */
    public String format() {
        String mentions = paragraphs == 0
                ? "not mentioned in the text"
                : "mentioned in " + paragraphs + (paragraphs == 1 ? " paragraph" : " paragraphs") + ", first ¶ "
                        + firstPinpoint;
        return Problem.displayPath(file) + ":" + line + ": " + title + " — " + mentions;
    }
}
