package org.paperbake.importer;

import java.util.Objects;
import java.util.Optional;

/**
 * One paragraph of body text, exactly as in the source (hard-wrapped lines joined by a space).
 *
 * @param text the whole paragraph, lead-in included
 * @param leadIn the opening sentence the official layout sets in bold, or null; when present it is
 *     a prefix of {@code text}
 * @param lines the source lines the paragraph came from
 */
record Paragraph(String text, String leadIn, LineRange lines) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lines, "lines");
        if (leadIn != null && !text.startsWith(leadIn)) {
            throw new IllegalArgumentException("the lead-in must open the paragraph");
        }
    }

    /** A paragraph without a lead-in. */
    public static Paragraph plain(String text, LineRange lines) {
        return new Paragraph(text, null, lines);
    }

    /** The bold opening sentence, if the paragraph has one. */
    public Optional<String> leadInSentence() {
        return Optional.ofNullable(leadIn);
    }

    /** The text after the lead-in (the whole text when there is none), without the separating space. */
    public String afterLeadIn() {
        return leadIn == null ? text : text.substring(leadIn.length()).strip();
    }

    @Override
    public int paragraphCount() {
        return 1;
    }
}
