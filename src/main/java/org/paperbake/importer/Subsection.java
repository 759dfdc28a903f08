package org.paperbake.importer;

import java.util.List;
import java.util.Objects;

/**
 * A numbered subsection ({@code 1. Playing an Active Role in Rule Making}).
 *
 * @param number the number printed before the title
 * @param title the title, without the number
 * @param blocks the paragraphs and panels, in order
 * @param lines from the heading line to the last line of the last block
 */
record Subsection(int number, String title, List<Block> blocks, LineRange lines) {

    public Subsection {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(lines, "lines");
    }

    /** Paragraphs of body text, those inside panels included. */
    public int paragraphCount() {
        return blocks.stream().mapToInt(Block::paragraphCount).sum();
    }
}
