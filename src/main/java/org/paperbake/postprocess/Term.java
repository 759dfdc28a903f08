package org.paperbake.postprocess;

import java.util.List;
import org.paperbake.content.ContentFile;

/**
 * A glossary entry, from {@code content/glossary/<slug>.md}.
 *
 * @param slug the file name without {@code .md} ({@code united-nations}); the page is {@code glossary/<slug>.html}
 * @param title the entry's name
 * @param category one of the glossary categories
 * @param shortDefinition the one-sentence definition shown in tooltips and the glossary
 * @param aliases other spellings found in the text ("UN", "UN Charter")
 * @param acronym the official acronym, or empty; shown in the glossary and matched too
 * @param file the content file, for error locations
 * @param linked whether its mentions may become links ({@code link: never} says no); they are listed either way
 */
public record Term(
        String slug,
        String title,
        String category,
        String shortDefinition,
        List<String> aliases,
        String acronym,
        ContentFile file,
        boolean linked) {

    public Term {
        aliases = List.copyOf(aliases);
        acronym = acronym == null ? "" : acronym;
    }

    /** A term whose mentions may become links. */
    public Term(
            String slug,
            String title,
            String category,
            String shortDefinition,
            List<String> aliases,
            String acronym,
            ContentFile file) {
        this(slug, title, category, shortDefinition, aliases, acronym, file, true);
    }

    /** The page of the entry, relative to the site root. */
    public String pagePath() {
        return "glossary/" + slug + ".html";
    }

    /** The acronym to show: the {@code acronym} setting, else an all-capitals alias, else the title if it is one. */
    public String displayAcronym() {
        if (!acronym.isEmpty()) {
            return acronym;
        }
        for (String alias : aliases) {
            if (isAcronym(alias)) {
                return alias;
            }
        }
        return "";
    }

    static boolean isAcronym(String text) {
        return text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
