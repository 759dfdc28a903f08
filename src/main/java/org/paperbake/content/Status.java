package org.paperbake.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Whether a content file is on the site: its front-matter {@code status}. */
public enum Status {
    /** On the site. */
    PUBLISHED("published"),
    /** In the repository only; the site leaves it out. */
    DRAFT("draft");

    private final String frontMatter;

    Status(String frontMatter) {
        this.frontMatter = frontMatter;
    }

    /** The status written as {@code frontMatter} ({@code status: draft}), or empty when there is none. */
    public static Optional<Status> fromFrontMatter(String frontMatter) {
        return Arrays.stream(values())
                .filter(status -> status.frontMatter.equals(frontMatter))
                .findFirst();
    }

    /** Every status as front matter spells it, the default first: the choices an editor has. */
    public static List<String> frontMatterChoices() {
        return Arrays.stream(values()).map(Status::toFrontMatter).toList();
    }

    /** How front matter spells the status; JBake's model uses the same words. */
    public String toFrontMatter() {
        return frontMatter;
    }
}
