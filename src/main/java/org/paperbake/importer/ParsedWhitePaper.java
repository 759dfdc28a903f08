package org.paperbake.importer;

import java.util.List;
import java.util.Objects;

/**
 * What {@link WhitePaperParser} gives: the document, and what it left out or guessed on the way.
 *
 * @param document the document
 * @param dropped every boilerplate line left out, in line order
 * @param guesses every guess, in line order
 * @param opening the body text the part opens with before its first section heading, read as
 *     body text; {@link Opening#NONE} when the source is not a later part of a paginated copy
 */
record ParsedWhitePaper(Document document, List<DroppedLine> dropped, List<Guess> guesses, Opening opening) {

    public ParsedWhitePaper {
        Objects.requireNonNull(document, "document");
        dropped = List.copyOf(dropped);
        guesses = List.copyOf(guesses);
        Objects.requireNonNull(opening, "opening");
    }
}
