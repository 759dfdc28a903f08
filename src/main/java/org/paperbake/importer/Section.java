package org.paperbake.importer;

import java.util.List;
import java.util.Objects;

/**
 * A top-level part of the document: Preface, Foreword, Introduction, a roman-numbered section or
 * the Conclusion.
 *
 * @param kind what part this is
 * @param numeral the roman numeral for {@link SectionKind#NUMBERED} sections ({@code "VI"}), else null
 * @param title the title without the numeral ({@code "Conclusion"} for the conclusion)
 * @param intro the paragraphs (and any panel) before the first subsection
 * @param subsections the numbered subsections, in order
 * @param lines from the heading line to the section's last line of text, subsections included
 */
record Section(
        SectionKind kind,
        String numeral,
        String title,
        List<Block> intro,
        List<Subsection> subsections,
        LineRange lines) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        if ((kind == SectionKind.NUMBERED) != (numeral != null)) {
            throw new IllegalArgumentException("only numbered sections have a numeral");
        }
        Objects.requireNonNull(title, "title");
        intro = List.copyOf(intro);
        subsections = List.copyOf(subsections);
        Objects.requireNonNull(lines, "lines");
    }

    /** The Arabic value of the numeral, or 0 for a section without one. */
    public int arabicNumber() {
        return numeral == null ? 0 : RomanNumerals.valueOf(numeral);
    }

    /** The lines of the section's own page: its heading and intro, not its subsections. */
    public LineRange ownLines() {
        LineRange own = LineRange.of(lines.first());
        for (Block block : intro) {
            own = own.span(block.lines());
        }
        return own;
    }

    /** Paragraphs of body text in the intro, those inside panels included. */
    public int introParagraphCount() {
        return intro.stream().mapToInt(Block::paragraphCount).sum();
    }
}
