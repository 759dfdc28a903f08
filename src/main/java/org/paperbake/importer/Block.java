package org.paperbake.importer;

/** A piece of body text inside a section or subsection: a paragraph or a boxed panel. */
sealed interface Block permits Paragraph, Panel {

    /** The lines of the source this block came from. */
    LineRange lines();

    /** How many paragraphs of body text the block holds. */
    int paragraphCount();
}
