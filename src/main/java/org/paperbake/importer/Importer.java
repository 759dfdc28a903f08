package org.paperbake.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * Imports a plain-text white paper into a content folder: parses it, renders its pages, checks
 * that no editor's work is in the way, copies the seed beside the content folder and writes the
 * pages.
 *
 * <p>Every check happens before the first write, so a refused or failed import leaves the folders
 * as they were. Each file is written to a temporary file in its own folder and moved into place
 * atomically, so a reader never sees half a page. Files the import does not produce (the glossary,
 * hand-added pages) are never touched.
 */
public final class Importer {

    /**
     * The most a page may hold: the content stage reads no larger file (ContentReader's limit), so a
     * page a later part's text would push past it is refused here rather than at the next build.
     */
    static final long MAX_PAGE_BYTES = 2L * 1024 * 1024;

    private final WhitePaperParser parser = new WhitePaperParser();
    private final MarkdownPages renderer = new MarkdownPages();

    /**
     * Imports {@code seedFile} into {@code contentDir}; the seed is copied to
     * {@code <contentDir>/../seeds/<file name>}, which pages cite in {@code source:}.
     *
     * @param force overwrite pages that were edited since they were imported, or hand-written
     * @return what was written, found, dropped and guessed
     * @throws PaperbakeException.BadInput when the seed is unreadable or not a white paper
     * @throws PaperbakeException.ContentProblems when edited or hand-written pages, or a different
     *     seed of the same name, are in the way; nothing is written
     */
    public ImportReport importFile(Path seedFile, Path contentDir, boolean force) {
        Path content = contentDir.toAbsolutePath().normalize();
        return importFiles(List.of(seedFile), contentDir, seedsFolder(content, contentDir), force);
    }

    /**
     * Imports {@code seedFile} into {@code contentDir}, copying the seed into {@code seedsDir}: the
     * {@code seeds/} folder of the site, which pages cite in {@code source:} (the caller knows the
     * site; this package reads no settings).
     */
    public ImportReport importFile(Path seedFile, Path contentDir, Path seedsDir, boolean force) {
        return importFiles(List.of(seedFile), contentDir, seedsDir, force);
    }

    /**
     * Imports one or more parts of a document: the files given, merged with the parts imported
     * before (listed on the cover, read again from their seed copies). A file of a part already
     * held replaces it. Pages of parts not imported now that an editor changed are kept.
     *
     * @throws PaperbakeException.BadInput when a file is unreadable, not a white paper, or not a
     *     part of the document in the content folder; nothing is written
     * @throws PaperbakeException.ContentProblems when edited or hand-written pages of the parts
     *     imported, or a different seed of the same name, are in the way; nothing is written
     */
    public ImportReport importFiles(List<Path> seedFiles, Path contentDir, Path seedsDir, boolean force) {
        Path content = contentDir.toAbsolutePath().normalize();
        if (Files.exists(content) && !Files.isDirectory(content)) {
            throw badInput(contentDir, "is not a folder", "give the content folder to import into with --into");
        }
        Path seeds = seedsDir.toAbsolutePath().normalize();
        List<Guess> numbering = new ArrayList<>();
        Map<String, byte[]> newSeeds = new LinkedHashMap<>();
        List<DocumentParts.Part> incoming = new ArrayList<>();
        List<Problem> badInput = new ArrayList<>();
        for (Path file : seedFiles) {
            byte[] bytes = readSeed(file);
            String name = file.getFileName().toString();
            if (newSeeds.containsKey(name)) {
                if (!Arrays.equals(newSeeds.get(name), bytes)) {
                    badInput.add(Problem.at(
                            file, 0, "another file imported now has the same name", "rename one of the two files"));
                }
                continue;
            }
            ParsedWhitePaper parsed = parser.parse(bytes, file);
            newSeeds.put(name, bytes);
            incoming.add(new DocumentParts.Part(name, file, parsed, DocumentParts.numberOf(parsed, name, numbering)));
        }
        if (!badInput.isEmpty()) {
            throw new PaperbakeException.BadInput("import refused", badInput);
        }
        List<DocumentParts.Part> parts = new ArrayList<>(incoming);
        List<String> earlier = earlierParts(content.resolve("index.md"));
        List<DocumentParts.Part> earlierParts = readEarlierParts(earlier, seeds);
        List<DocumentParts.Part> replaced = new ArrayList<>();
        for (DocumentParts.Part part : earlierParts) {
            (replaces(incoming, part) ? replaced : parts).add(part);
        }
        DocumentParts.Part reference = earlierParts.isEmpty() ? incoming.get(0) : earlierParts.get(0);
        DocumentParts.Merged merged = DocumentParts.merge(parts, reference);
        List<GeneratedPage> pages = renderer.render(merged);
        checkContinuedSizes(pages, merged);

        List<Problem> problems = new ArrayList<>();
        Map<String, Boolean> copySeeds = new LinkedHashMap<>();
        for (DocumentParts.Part part : incoming) {
            boolean replacing = earlier.contains(part.seedName());
            copySeeds.put(
                    part.seedName(),
                    checkSeedCopy(
                            part.file(),
                            newSeeds.get(part.seedName()),
                            seeds.resolve(part.seedName()),
                            replacing,
                            problems));
        }
        List<String> importedNow =
                incoming.stream().map(DocumentParts.Part::seedName).toList();
        Map<GeneratedPage, ImportReport.Outcome> outcomes = new LinkedHashMap<>();
        for (GeneratedPage generated : pages) {
            GeneratedPage page = EditorKeys.keptIn(generated, content.resolve(generated.path()));
            checkTarget(content.resolve(page.path()), page, force, isOurs(page, importedNow), problems)
                    .ifPresent(o -> outcomes.put(page, o));
        }
        outcomes.putAll(stalePages(replaced, pages, content, force, problems));
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems("import refused: files are in the way", problems);
        }

        copySeeds.forEach((name, copy) -> {
            if (copy) {
                writeAtomically(seeds.resolve(name), newSeeds.get(name));
            }
        });
        outcomes.forEach((page, outcome) -> {
            if (outcome == ImportReport.Outcome.REMOVED) {
                delete(content.resolve(page.path()));
            } else if (outcome != ImportReport.Outcome.UNCHANGED && outcome != ImportReport.Outcome.KEPT) {
                writeAtomically(content.resolve(page.path()), page.text().getBytes(StandardCharsets.UTF_8));
            }
        });
        List<Guess> mergeGuesses = new ArrayList<>(numbering);
        mergeGuesses.addAll(merged.guesses());
        return report(seedFiles, contentDir, outcomes, merged, mergeGuesses);
    }

    /** A part's opening text may not make the page it continues larger than a page may be. */
    private static void checkContinuedSizes(List<GeneratedPage> pages, DocumentParts.Merged merged) {
        List<Problem> problems = new ArrayList<>();
        for (GeneratedPage page : pages) {
            long size = page.text().getBytes(StandardCharsets.UTF_8).length;
            if (page.continuedFrom() == null || size <= MAX_PAGE_BYTES) {
                continue;
            }
            DocumentParts.Part part = merged.parts().stream()
                    .filter(p -> p.seedName().equals(page.continuedFrom()))
                    .findFirst()
                    .orElseThrow();
            int line = merged.continuations().stream()
                    .filter(c -> c.seed().equals(page.continuedFrom()))
                    .findFirst()
                    .orElseThrow()
                    .lines()
                    .first();
            problems.add(Problem.at(
                    part.file(),
                    line,
                    "this part opens with text that continues " + page.path() + ", which would then hold " + size
                            + " bytes, more than the " + MAX_PAGE_BYTES + " a page may hold",
                    "check that the part's opening belongs to that section; if it does, split the section in"
                            + " the source with a subsection heading"));
        }
        if (!problems.isEmpty()) {
            throw new PaperbakeException.BadInput("import refused: a page would be too large", problems);
        }
    }

    /**
     * Whether the import makes {@code page} now: the cover, a page of a part imported now, or a
     * page a part imported now continues (which an editor's edit protects as any other).
     */
    private static boolean isOurs(GeneratedPage page, List<String> importedNow) {
        return page.seed() == null || importedNow.contains(page.seed()) || importedNow.contains(page.continuedFrom());
    }

    /**
     * Whether a file imported now replaces an earlier part: a file of the same name, of the part's
     * number, or a whole document (no pagination) in place of a whole document.
     */
    private static boolean replaces(List<DocumentParts.Part> incoming, DocumentParts.Part earlier) {
        return incoming.stream()
                .anyMatch(part -> part.seedName().equals(earlier.seedName())
                        || (earlier.number() > 0
                                ? part.number() == earlier.number()
                                : isWhole(earlier) && isWhole(part)));
    }

    private static boolean isWhole(DocumentParts.Part part) {
        return part.metadata().parts() == null;
    }

    /** The seed names of the parts the cover in the content folder lists, or none. */
    private static List<String> earlierParts(Path cover) {
        if (!Files.isRegularFile(cover)) {
            return List.of();
        }
        try {
            return CoverParts.seeds(Files.readAllBytes(cover));
        } catch (IOException e) {
            throw badInput(
                    cover,
                    "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the permissions of the content folder");
        }
    }

    /** The parts imported before, read again from their seed copies. */
    private List<DocumentParts.Part> readEarlierParts(List<String> earlier, Path seeds) {
        List<DocumentParts.Part> parts = new ArrayList<>();
        for (String name : earlier) {
            Path copy = seeds.resolve(name);
            if (!Files.isRegularFile(copy)) {
                throw badInput(
                        copy,
                        "the cover lists this seed as a part of the document, but it is not there",
                        "put the seed back (git checkout), or import that part again");
            }
            ParsedWhitePaper parsed = parser.parse(readSeed(copy), copy);
            parts.add(new DocumentParts.Part(
                    name, copy, parsed, DocumentParts.numberOf(parsed, name, new ArrayList<>())));
        }
        return parts;
    }

    /**
     * The pages of the replaced parts that the import no longer makes: removed when they are as
     * imported, refused (unless {@code force}) when an editor changed them.
     */
    private Map<GeneratedPage, ImportReport.Outcome> stalePages(
            List<DocumentParts.Part> replaced,
            List<GeneratedPage> pages,
            Path content,
            boolean force,
            List<Problem> problems) {
        java.util.Set<String> made = new java.util.HashSet<>();
        pages.forEach(page -> made.add(page.path()));
        Map<GeneratedPage, ImportReport.Outcome> stale = new LinkedHashMap<>();
        for (DocumentParts.Part part : replaced) {
            for (GeneratedPage page : renderer.render(part.parsed().document(), part.seedName())) {
                Path target = content.resolve(page.path());
                if (page.seed() == null || made.contains(page.path()) || !Files.isRegularFile(target)) {
                    continue;
                }
                BodyHash.PageFile file = BodyHash.PageFile.read(readPage(target));
                boolean fromThatPart = file.frontMatter()
                        .map(front -> front.contains("\nsource: seeds/" + part.seedName() + "#")
                                || front.startsWith("source: seeds/" + part.seedName() + "#"))
                        .orElse(false);
                Optional<String> recorded = file.recordedHash();
                if (!fromThatPart) {
                    continue;
                }
                if (force || (recorded.isPresent() && recorded.get().equals(BodyHash.of(file.body())))) {
                    stale.put(page, ImportReport.Outcome.REMOVED);
                } else {
                    problems.add(Problem.at(
                            target,
                            1,
                            "edited since it was imported, and the new copy of its part no longer has this page",
                            "pass --force to remove it, or move your edits to the page that replaces it"));
                }
            }
        }
        return stale;
    }

    private static byte[] readPage(Path target) {
        try {
            return Files.readAllBytes(target);
        } catch (IOException e) {
            throw badInput(
                    target,
                    "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the permissions of the content folder");
        }
    }

    private static byte[] readSeed(Path seedFile) {
        try {
            return Files.readAllBytes(seedFile);
        } catch (NoSuchFileException e) {
            throw badInput(seedFile, "no such file", "check the path of the plain-text white paper to import");
        } catch (IOException e) {
            throw badInput(
                    seedFile,
                    "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check that the path names a readable file");
        }
    }

    private static Path seedsFolder(Path content, Path contentDir) {
        Path parent = content.getParent();
        if (parent == null) {
            throw badInput(
                    contentDir,
                    "has no parent folder to hold seeds/",
                    "import into a content folder inside the project, such as ./content");
        }
        return parent.resolve("seeds");
    }

    /**
     * Whether the seed must be copied; a different file already under that name is a problem,
     * unless it is the earlier copy of the part being replaced.
     */
    private static boolean checkSeedCopy(
            Path seedFile, byte[] seedBytes, Path seedCopy, boolean replacing, List<Problem> problems) {
        if (!Files.exists(seedCopy)) {
            return true;
        }
        try {
            if (Files.isSameFile(seedFile, seedCopy) || Arrays.equals(Files.readAllBytes(seedCopy), seedBytes)) {
                return false;
            }
            if (replacing) {
                return true;
            }
        } catch (IOException e) {
            throw badInput(
                    seedCopy,
                    "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the permissions of the seeds folder");
        }
        problems.add(Problem.at(
                seedCopy,
                1,
                "a different seed with this name is already there",
                "rename the file you are importing, or remove the old seed if the new one replaces it"));
        return false;
    }

    /**
     * What writing {@code page} to {@code target} would do, or empty (with a problem added) when
     * the file there holds work that is not the importer's.
     */
    private static Optional<ImportReport.Outcome> checkTarget(
            Path target, GeneratedPage page, boolean force, boolean ours, List<Problem> problems) {
        if (Files.isDirectory(target)) {
            problems.add(Problem.at(
                    target, 1, "a folder is where this page goes", "move the folder out of the way and import again"));
            return Optional.empty();
        }
        if (!Files.exists(target)) {
            return Optional.of(ImportReport.Outcome.CREATED);
        }
        byte[] existing;
        try {
            existing = Files.readAllBytes(target);
        } catch (IOException e) {
            throw badInput(
                    target,
                    "cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the permissions of the content folder");
        }
        if (Arrays.equals(existing, page.text().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(ImportReport.Outcome.UNCHANGED);
        }
        BodyHash.PageFile file = BodyHash.PageFile.read(existing);
        Optional<String> recorded = file.recordedHash();
        if (recorded.isPresent() && recorded.get().equals(BodyHash.of(file.body()))) {
            return Optional.of(ImportReport.Outcome.UPDATED);
        }
        if (force) {
            return Optional.of(ImportReport.Outcome.OVERWRITTEN);
        }
        if (!ours && recorded.isPresent()) {
            return Optional.of(ImportReport.Outcome.KEPT);
        }
        String what = recorded.isPresent()
                ? "edited since it was imported"
                : "hand-written (it has no generated: hash), and the import would replace it";
        problems.add(Problem.at(
                target, 1, what, "pass --force to overwrite it, or move your edits to another file and import again"));
        return Optional.empty();
    }

    private static void delete(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw badInput(
                    target,
                    "cannot be removed (" + e.getClass().getSimpleName() + ")",
                    "check that the content folder is writable");
        }
    }

    /** Writes beside the target, then moves into place, so the target is either old or new, never half. */
    private static void writeAtomically(Path target, byte[] bytes) {
        try {
            Files.createDirectories(target.getParent());
            // Not Files.createTempFile, which makes the file private (mode 600) whatever the umask:
            // a new file of a fresh name gets the umask's mode, like every other file an editor saves.
            Path temporary = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw badInput(
                    target,
                    "cannot be written (" + e.getClass().getSimpleName() + ")",
                    "check that the folder exists and is writable");
        }
    }

    private static ImportReport report(
            List<Path> seedFiles,
            Path contentDir,
            Map<GeneratedPage, ImportReport.Outcome> outcomes,
            DocumentParts.Merged merged,
            List<Guess> mergeGuesses) {
        String folder = Problem.displayPath(contentDir);
        List<ImportReport.Page> pages = new ArrayList<>();
        outcomes.forEach((page, outcome) -> pages.add(new ImportReport.Page(
                folder + "/" + page.path(), page.type(), page.number(), page.title(), page.paragraphs(), outcome)));
        ImportReport.PartList partList = null;
        if (merged.total() > 0) {
            List<String> files = merged.parts().stream()
                    .map(part -> (part.number() > 0 ? "part " + part.number() : "part ?") + "  "
                            + Problem.displayPath(part.file()))
                    .toList();
            partList = new ImportReport.PartList(merged.total(), merged.held(), merged.missing(), files);
        }
        List<String> conflicts = merged.conflicts().stream()
                .map(c -> c.key() + ": kept " + c.kept() + "; " + c.other() + " says otherwise")
                .toList();
        String seeds =
                String.join(", ", seedFiles.stream().map(Problem::displayPath).toList());
        boolean single = merged.parts().size() == 1;
        ParsedWhitePaper first = merged.parts().get(0).parsed();
        List<ImportReport.Source> sources = single
                ? List.of()
                : merged.parts().stream()
                        .filter(part -> seedFiles.contains(part.file()))
                        .map(part -> new ImportReport.Source(
                                Problem.displayPath(part.file()),
                                part.parsed().dropped(),
                                part.parsed().guesses()))
                        .toList();
        List<Guess> guesses = new ArrayList<>(single ? first.guesses() : List.of());
        guesses.addAll(mergeGuesses);
        return new ImportReport(
                seeds,
                folder,
                pages,
                merged.document().metadata().entries(),
                single ? first.dropped() : List.of(),
                guesses,
                partList,
                conflicts,
                sources);
    }

    private static PaperbakeException.BadInput badInput(Path path, String message, String fix) {
        return new PaperbakeException.BadInput(message, List.of(Problem.at(path, 0, message, fix)));
    }
}
