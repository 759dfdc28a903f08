package org.paperbake.importer;

import java.util.List;
import java.util.Objects;

/**
 * A white paper read from plain text.
 *
 * @param metadata what the source says about itself
 * @param preamble text between the title lines and the first section that is not recognised
 *     metadata; kept so that no word of the source is lost (it goes on the cover)
 * @param sections the top-level parts, in source order
 */
record Document(Metadata metadata, List<Paragraph> preamble, List<Section> sections) {

    public Document {
        Objects.requireNonNull(metadata, "metadata");
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
    }

    /** The document's title; a parsed document always has one. */
    public String title() {
        return metadata.title().value();
    }
}
