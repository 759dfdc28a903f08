package org.paperbake.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The body text a part of a paginated web copy opens with, after its title and before its first
 * section heading: where a news site cut a long paper mid-section, the rest of the previous part's
 * last section (paragraphs, then perhaps subsections under that section).
 *
 * <p>The parser only reads it; {@link DocumentParts} decides what it is. In part 1, or when the
 * part before is missing, it stays cover text (the document's {@code preamble}).
 *
 * @param blocks the paragraphs and panels before any subsection heading, in order
 * @param subsections the subsections that begin in this part before its first section heading
 * @param standfirst whether {@code blocks} opens with the sentence the header took as the
 *     republisher's standfirst: in a later part it may as well be the first paragraph of the text
 * @param guesses what reading the text as body guessed (lead-ins, panel ends), for when it is
 *     placed as body text
 */
record Opening(List<Block> blocks, List<Subsection> subsections, boolean standfirst, List<Guess> guesses) {

    static final Opening NONE = new Opening(List.of(), List.of(), false, List.of());

    public Opening {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
        guesses = List.copyOf(guesses);
        if (standfirst && blocks.isEmpty()) {
            throw new IllegalArgumentException("a standfirst opening has its standfirst as its first block");
        }
    }

    boolean isEmpty() {
        return blocks.isEmpty() && subsections.isEmpty();
    }

    /** The opening without its first paragraph, the standfirst: for a standfirst every part repeats. */
    Opening withoutStandfirst() {
        if (!standfirst) {
            return this;
        }
        int line = blocks.get(0).lines().last();
        return new Opening(
                blocks.subList(1, blocks.size()),
                subsections,
                false,
                guesses.stream().filter(g -> g.line() > line).toList());
    }

    /** From the first line to the last, or empty when there is no text. */
    Optional<LineRange> lines() {
        List<LineRange> ranges = new ArrayList<>();
        blocks.forEach(block -> ranges.add(block.lines()));
        subsections.forEach(subsection -> ranges.add(subsection.lines()));
        return ranges.stream().reduce(LineRange::span);
    }

    /** Paragraphs of body text, those in panels and subsections included. */
    int paragraphCount() {
        return blocks.stream().mapToInt(Block::paragraphCount).sum()
                + subsections.stream().mapToInt(Subsection::paragraphCount).sum();
    }
}
