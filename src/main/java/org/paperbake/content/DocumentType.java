package org.paperbake.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What kind of page a content file is: its front-matter {@code type}, which also names its JBake
 * document type and so its template.
 *
 * <p>Declared in the order a reader meets them; that order is the one error messages and
 * CONTRIBUTING.md list them in.
 */
public enum DocumentType {
    /** The cover: title, publisher, date, full contents. */
    DOCUMENT("document"),
    /** A top-level section (VI, Conclusion). */
    SECTION("section"),
    /** A numbered subsection (6.1) of a section. */
    SUBSECTION("subsection"),
    /** Any other page of the document. */
    PAGE("page"),
    /** A glossary entry. */
    TERM("term"),
    /** One of the generated index pages (glossary A–Z, references, chronology). */
    LISTING("listing");

    private final String frontMatter;

    DocumentType(String frontMatter) {
        this.frontMatter = frontMatter;
    }

    /** The type written as {@code frontMatter} ({@code type: section}), or empty when there is none. */
    public static Optional<DocumentType> fromFrontMatter(String frontMatter) {
        return Arrays.stream(values())
                .filter(type -> type.frontMatter.equals(frontMatter))
                .findFirst();
    }

    /** Every type as front matter spells it, in declaration order: the choices an editor has. */
    public static List<String> frontMatterChoices() {
        return Arrays.stream(values()).map(DocumentType::toFrontMatter).toList();
    }

    /** How front matter spells the type; JBake names its document type, and the template setting, the same. */
    public String toFrontMatter() {
        return frontMatter;
    }

    /** Whether pages of this type belong to the document's reading order (previous/next links, contents). */
    public boolean isDocumentPart() {
        return this != TERM && this != LISTING;
    }

    /** Whether a document part of this type is at the top of the contents tree: neither the cover nor a subsection. */
    public boolean isTopLevelPart() {
        return this == SECTION || this == PAGE;
    }
}
