package org.paperbake.importer;

import java.util.List;
import java.util.Objects;

/**
 * A boxed panel ({@code Panel 8 The International Organization of the World Internet Conference}).
 *
 * @param number the panel's number as printed
 * @param title the panel's title
 * @param paragraphs the paragraphs inside the box, in order
 * @param lines from the panel's title line to its last paragraph
 */
record Panel(int number, String title, List<Paragraph> paragraphs, LineRange lines) implements Block {

    public Panel {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(lines, "lines");
    }

    @Override
    public int paragraphCount() {
        return paragraphs.size();
    }
}
