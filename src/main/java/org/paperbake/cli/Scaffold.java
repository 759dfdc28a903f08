package org.paperbake.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.content.ContentSchema;
import org.paperbake.content.DocumentType;
import org.paperbake.content.Status;
import org.paperbake.kernel.BuildMemory;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * New content files with front matter that passes {@link ContentSchema}: a glossary entry or a
 * page, written as drafts so that a half-written file is never published by accident.
 */
final class Scaffold {

    private static final int MAX_SLUG_LENGTH = 80;

    private Scaffold() {}

    /** The file name for {@code name}: lower case ASCII letters and digits joined by hyphens. */
    static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = slug.substring(0, MAX_SLUG_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    /** Writes {@code content/glossary/<slug>.md} for the term {@code name} and returns it. */
    static Path createTerm(Path contentFolder, String name) {
        String slug = requireSlug(name, "term");
        String text = "---\n"
                + "title: " + quoted(name.strip()) + "\n"
                + "type: " + DocumentType.TERM.toFrontMatter() + "\n"
                + "status: " + Status.DRAFT.toFrontMatter() + "\n"
                + "aliases: []\n"
                + "category: " + ContentSchema.CATEGORIES.get(ContentSchema.CATEGORIES.size() - 1) + "\n"
                + "short: "
                + quoted("One sentence saying what " + name.strip() + " is, shown as the tooltip in the text.") + "\n"
                + "---\n"
                + "The full definition: what " + name.strip() + " is, who is part of it and when it began. "
                + "Keep it factual, neutral and short, for a reader who has never heard of it.\n";
        return write(contentFolder.resolve("glossary").resolve(slug + ".md"), text);
    }

    /** Writes {@code content/<slug>.md} for a page titled {@code title}, last in the reading order, and returns it. */
    static Path createPage(Path contentFolder, String title, LocalDate today) {
        String slug = requireSlug(title, "page");
        String text = "---\n"
                + "title: " + quoted(title.strip()) + "\n"
                + "type: " + DocumentType.PAGE.toFrontMatter() + "\n"
                + "status: " + Status.DRAFT.toFrontMatter() + "\n"
                + "date: " + today + "\n"
                + "order: " + nextOrder(contentFolder) + "\n"
                + "---\n"
                + "The text of the page, in Markdown.\n";
        return write(contentFolder.resolve(slug + ".md"), text);
    }

    /** After the last page of the reading order, leaving room to insert pages between. */
    private static int nextOrder(Path contentFolder) {
        List<Problem> ignored = new ArrayList<>();
        int last = 0;
        if (Files.isDirectory(contentFolder)) {
            for (ContentFile file : ContentReader.readAllCollecting(contentFolder, ignored, BuildMemory.none())) {
                if (file.type().isDocumentPart()) {
                    last = Math.max(last, file.order().orElse(0));
                }
            }
        }
        return (last / 10 + 1) * 10;
    }

    private static String requireSlug(String name, String kind) {
        if (name.strip().isEmpty() || name.chars().anyMatch(c -> c < 0x20)) {
            throw new PaperbakeException.BadInput(
                    "no usable name",
                    List.of(new Problem(
                            "new " + kind,
                            0,
                            "the name '" + name.strip() + "' is empty or holds a line break",
                            "give the name on one line in quotes")));
        }
        String slug = slugOf(name);
        if (slug.isEmpty()) {
            throw new PaperbakeException.BadInput(
                    "no usable file name",
                    List.of(new Problem(
                            "new " + kind,
                            0,
                            "the name '" + name.strip() + "' has no letters or digits to make a file name from",
                            "use a name with Latin letters or digits")));
        }
        return slug;
    }

    /** A YAML double-quoted scalar, so that colons, quotes and '#' in a title stay text. */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new PaperbakeException.BadInput(
                    "the file exists",
                    List.of(Problem.at(
                            file,
                            0,
                            "already exists; it was left as it is",
                            "edit that file, or choose another name")));
        } catch (IOException e) {
            throw new PaperbakeException.BadInput(
                    "cannot write the file",
                    List.of(Problem.at(
                            file,
                            0,
                            "cannot be written (" + e.getMessage() + ")",
                            "check the content folder's permissions")));
        }
    }
}
