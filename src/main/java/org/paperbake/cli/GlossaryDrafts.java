package org.paperbake.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperbake.content.ContentFile;
import org.paperbake.content.DocumentType;
import org.paperbake.content.Status;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.postprocess.DraftEntry;
import org.paperbake.postprocess.Place;
import org.paperbake.postprocess.UncoveredName;

/**
 * Draft glossary entries for the names no entry covers: {@code content/glossary/<slug>.md} with
 * {@code status: draft}, the name as title, the acronym the text gives it, a category guess, and the
 * paragraphs that mention it. A draft is never published; the editor writes the definition and the
 * {@code short} sentence and sets {@code status: published}.
 *
 * <p>An existing file is never overwritten: a name whose file exists is left out and reported. Two
 * names with one file name ("Belt-and-Road Initiative", "Belt and Road Initiative") are one draft,
 * the second an alias. The drafts are written all or none: when one can't be written, the ones
 * written before it are deleted again.
 */
final class GlossaryDrafts {

    /** How many paragraphs a draft lists; the rest are counted. */
    static final int LISTED_PARAGRAPHS = 12;

    /**
     * A draft to write.
     *
     * @param file where
     * @param name the name it is for
     * @param text its content
     * @param category its category guess
     * @param paragraphs how many paragraphs mention it
     */
    record Draft(Path file, UncoveredName name, String text, CategoryGuess category, int paragraphs) {}

    /**
     * What drafting found.
     *
     * @param drafts the drafts to write, in reading order of their names' first mention
     * @param refused the names left out, each as a problem
     * @param listing the glossary's A–Z page ({@code content/glossary.md}) to write with them when the
     *     site has none (an entry's page links to it), else null
     */
    record Plan(List<Draft> drafts, List<Problem> refused, Draft listing) {

        /** Every file to write: the listing page first, then the drafts. */
        List<Draft> files() {
            List<Draft> files = new ArrayList<>();
            if (listing != null && !drafts.isEmpty()) {
                files.add(listing);
            }
            files.addAll(drafts);
            return files;
        }
    }

    /** The glossary's A–Z page, published: it lists the published entries, none until the first is finished. */
    static final String LISTING_PAGE = "---\n"
            + "title: Glossary\n"
            + "type: listing\n"
            + "status: published\n"
            + "listing: glossary\n"
            + "---\n"
            + "Every name and key concept of the document, A to Z: what it is and how often the text mentions it."
            + " Each entry's page lists every mention with its paragraph.\n";

    private GlossaryDrafts() {}

    /** The drafts for {@code names} in the site whose content folder is {@code contentFolder}. */
    static Plan plan(Path contentFolder, List<UncoveredName> names, List<ContentFile> content) {
        Path glossary = contentFolder.resolve("glossary");
        Map<String, List<UncoveredName>> bySlug = new LinkedHashMap<>();
        List<Problem> refused = new ArrayList<>();
        for (UncoveredName name : names) {
            String slug = Scaffold.slugOf(name.name());
            if (slug.isEmpty()) {
                refused.add(refusal(
                        name,
                        "has no Latin letters or digits to make a file name from; no draft was written",
                        "write its entry with a file name of your choosing in content/glossary/"));
            } else {
                bySlug.computeIfAbsent(slug, key -> new ArrayList<>()).add(name);
            }
        }
        List<Draft> drafts = new ArrayList<>();
        bySlug.forEach((slug, same) -> {
            Path file = glossary.resolve(slug + ".md");
            if (Files.exists(file) || Files.isSymbolicLink(file)) {
                int line = content.stream()
                        .filter(f -> f.file()
                                .toAbsolutePath()
                                .normalize()
                                .equals(file.toAbsolutePath().normalize()))
                        .findFirst()
                        .map(f -> f.lineOf("title"))
                        .orElse(0);
                refused.add(Problem.at(
                        file,
                        line,
                        "already exists, and doesn't name \"" + same.get(0).name() + "\" (¶ "
                                + same.get(0).places().get(0).paragraphLabel()
                                + "); it was left as it is and no draft was written",
                        "if it is the same thing, add \"" + same.get(0).name()
                                + "\" to its aliases; if not, write the entry under another file name"));
            } else {
                drafts.add(draft(file, same, content));
            }
        });
        boolean hasListing = content.stream()
                .anyMatch(file -> file.type() == DocumentType.LISTING
                        && "glossary".equals(file.frontMatter().get("listing")));
        Path listingFile = contentFolder.resolve("glossary.md");
        Draft listing =
                hasListing || Files.exists(listingFile) ? null : new Draft(listingFile, null, LISTING_PAGE, null, 0);
        return new Plan(List.copyOf(drafts), List.copyOf(refused), listing);
    }

    private static Problem refusal(UncoveredName name, String problem, String fix) {
        Place first = name.places().get(0);
        return new Problem(
                "output/" + first.pagePath(),
                0,
                "\"" + name.name() + "\" (¶ " + first.paragraphLabel() + ") " + problem,
                fix);
    }

    private static Draft draft(Path file, List<UncoveredName> same, List<ContentFile> content) {
        UncoveredName name = same.get(0);
        CategoryGuess category = CategoryGuess.of(name.name(), content);
        List<String> aliases = new ArrayList<>();
        Set<Place> found = new LinkedHashSet<>(name.places());
        for (UncoveredName other : same.subList(1, same.size())) {
            aliases.add(other.name());
            found.addAll(other.places());
            if (!other.acronym().isEmpty() && !other.acronym().equals(name.acronym())) {
                aliases.add(other.acronym());
            }
        }
        List<Place> places = new ArrayList<>(found);
        places.sort(Place.READING_ORDER);
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: ").append(Scaffold.quoted(name.name())).append('\n');
        text.append("type: ").append(DocumentType.TERM.toFrontMatter()).append('\n');
        text.append("status: ").append(Status.DRAFT.toFrontMatter()).append('\n');
        if (!name.acronym().isEmpty()) {
            text.append("acronym: ").append(Scaffold.quoted(name.acronym())).append('\n');
        }
        text.append("aliases: [")
                .append(String.join(", ", aliases.stream().map(Scaffold::quoted).toList()))
                .append("]\n");
        text.append("category: ").append(category.category()).append('\n');
        text.append("short: ")
                .append(Scaffold.quoted(DraftEntry.PLACEHOLDER + " say in one sentence what " + name.name() + " is."))
                .append('\n');
        text.append("---\n");
        text.append(DraftEntry.PLACEHOLDER)
                .append(" written by `./paperbake glossary draft`. Replace this text with the definition:")
                .append(" what it is, for a reader who has never heard of it — factual, neutral and short.")
                .append(" Write `short`, check `category` and `aliases`, then set `status: published`.\n\n");
        text.append("- Category guessed: ")
                .append(category.category())
                .append(", ")
                .append(markdownText(category.reason()))
                .append(".\n");
        text.append("- Mentioned in ").append(places.size()).append(places.size() == 1 ? " paragraph" : " paragraphs");
        text.append(places.size() > LISTED_PARAGRAPHS ? ", the first " + LISTED_PARAGRAPHS + ":\n" : ":\n");
        for (Place place : places.subList(0, Math.min(LISTED_PARAGRAPHS, places.size()))) {
            text.append("  - [¶ ")
                    .append(markdownText(place.paragraphLabel()))
                    .append("](../")
                    .append(place.href())
                    .append(") in ")
                    .append(markdownText(place.pageName()))
                    .append('\n');
        }
        return new Draft(file, name, text.toString(), category, places.size());
    }

    /** Text with Markdown's punctuation escaped, so that a page title or name is shown as written. */
    static String markdownText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }

    /**
     * Writes the drafts, each only if its file doesn't exist, all or none.
     *
     * @throws PaperbakeException.BadInput when one can't be written: then none is left written
     */
    static void write(List<Draft> drafts) {
        write(drafts, GlossaryDrafts::createNew);
    }

    /** How a draft's file is made: created new, never replacing one. */
    interface FileWriter {
        void create(Path file, String text) throws IOException;
    }

    private static void createNew(Path file, String text) throws IOException {
        Path folder = file.getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(Problem.displayPath(folder) + " is not a folder");
        }
        Files.createDirectories(folder);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Writes the drafts with {@code writer}, all or none. */
    static void write(List<Draft> drafts, FileWriter writer) {
        List<Path> written = new ArrayList<>();
        for (Draft draft : drafts) {
            try {
                writer.create(draft.file(), draft.text());
                written.add(draft.file());
            } catch (IOException e) {
                written.forEach(GlossaryDrafts::deleteQuietly);
                boolean exists = e instanceof FileAlreadyExistsException;
                throw new PaperbakeException.BadInput(
                        "cannot write the drafts",
                        List.of(Problem.at(
                                draft.file(),
                                0,
                                exists
                                        ? "appeared while the drafts were written; no draft was written"
                                        : "cannot be written (" + describe(e) + "); no draft was written",
                                exists
                                        ? "run ./paperbake glossary draft again"
                                        : "check that the content folder and content/glossary/ are writable")));
            }
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The draft stays; it is a valid draft, never published.
        }
    }
}
