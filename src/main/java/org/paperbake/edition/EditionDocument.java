package org.paperbake.edition;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One document as its editions hold it: what its cover says, its parts in reading order with their
 * cleaned text, and the glossary entries its text links to. Read from the built site by
 * {@link EditionReader}; written out by {@link EditionXhtml}.
 *
 * @param name the editions' file name without extension ({@code chinas-law-based-….pdf})
 * @param coverPath the cover page's output path ({@code index.html}), where its download links go
 * @param title the document's title as text
 * @param language the site's language ({@code en})
 * @param date the cover's date: the editions' date, never the clock's
 * @param metadata the cover's own metadata list (publisher, source …), label and value in order
 * @param parts the sections and subsections, in reading order
 * @param glossary the glossary entries the parts link to, in alphabetical order
 */
record EditionDocument(
        String name,
        String coverPath,
        String title,
        String language,
        LocalDate date,
        List<Metadatum> metadata,
        List<Part> parts,
        List<Entry> glossary) {

    /** A line of the cover's metadata: its label and its value (cleaned inline HTML). */
    record Metadatum(String label, Element value) {}

    /**
     * One section or subsection.
     *
     * @param id the anchor of its heading ({@code part-06-1-…})
     * @param number its number as displayed ({@code 6.1}, {@code VI.}), or empty
     * @param title its title as text
     * @param level 1 for a section or other top-level page, 2 for a subsection
     * @param text its cleaned text: numbered paragraphs and panels
     */
    record Part(String id, String number, String title, int level, Element text) {
        /** The heading as it reads: number and title. */
        String heading() {
            return number.isEmpty() ? title : number + " " + title;
        }
    }

    /**
     * A glossary entry in the appendix.
     *
     * @param id its anchor ({@code term-united-nations})
     * @param title its name
     * @param acronym its acronym, or empty
     * @param definition its full definition (cleaned), or its short one when it has none
     * @param mentions the paragraphs that link to it, in reading order
     */
    record Entry(String id, String title, String acronym, Element definition, List<Mention> mentions) {}

    /** A paragraph that names a term: its anchor and its pinpoint ({@code p-6-1-1}, {@code 6.1.1}). */
    record Mention(String paragraphId, String pinpoint) {}
}
