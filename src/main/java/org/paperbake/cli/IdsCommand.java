package org.paperbake.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.content.ParagraphIdCheck;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.ParagraphIds;
import org.paperbake.kernel.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code paperbake ids repair}: gives every paragraph without an identifier, or with a repeated one, its own. */
@Command(
        name = "ids",
        mixinStandardHelpOptions = true,
        description = "Permanent paragraph identifiers (<!-- ¶ k3f9q --> at the end of a paragraph).",
        subcommands = {IdsCommand.Repair.class})
final class IdsCommand extends CommandGroup {

    /** {@code ids repair}: assigns missing identifiers and resolves repeated ones, keeping every existing one it can. */
    @Command(
            name = "repair",
            mixinStandardHelpOptions = true,
            description = "Give each paragraph without an identifier, or with one an earlier paragraph uses, its own;"
                    + " every other identifier stays as it is.")
    static final class Repair implements Callable<Integer> {

        @Mixin
        private SiteFolderOption site;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            Path contentFolder = SiteConfig.load(site.source()).contentFolder();
            List<ContentFile> files = ContentReader.readAll(contentFolder).stream()
                    .filter(ParagraphIdCheck::carriesIds)
                    .sorted(Comparator.comparing(ContentFile::relativePath))
                    .toList();
            Set<String> taken = new HashSet<>();
            files.forEach(file -> taken.addAll(ParagraphIds.idsIn(file.body())));
            Set<String> seen = new HashSet<>();
            List<Path> changed = new ArrayList<>();
            for (ContentFile file : files) {
                if (repair(file, seen, taken)) {
                    changed.add(file.file());
                }
            }
            changed.forEach(path -> spec.commandLine().getOut().println("Repaired " + Problem.displayPath(path)));
            spec.commandLine()
                    .getOut()
                    .println(
                            changed.isEmpty()
                                    ? "Every paragraph has an identifier of its own; nothing to repair."
                                    : changed.size() + " file(s) repaired; review and commit them.");
            spec.commandLine().getOut().flush();
            return 0;
        }

        /** Rewrites the file's body with its identifiers repaired; whether it changed. */
        private static boolean repair(ContentFile file, Set<String> seen, Set<String> taken) {
            try {
                String text = Files.readString(file.file(), StandardCharsets.UTF_8);
                int offset = bodyOffset(text, file.bodyLine());
                String body = text.substring(offset);
                String repaired = ParagraphIds.repair(body, seen, taken);
                if (repaired.equals(body)) {
                    return false;
                }
                Path temporary = Files.createTempFile(file.file().getParent(), ".ids-", ".md");
                try {
                    Files.writeString(temporary, text.substring(0, offset) + repaired, StandardCharsets.UTF_8);
                    Files.move(
                            temporary,
                            file.file(),
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temporary);
                }
                return true;
            } catch (IOException | UncheckedIOException e) {
                throw new PaperbakeException.BadInput(
                        "a content file can't be rewritten",
                        List.of(Problem.at(
                                file.file(),
                                0,
                                "the file can't be rewritten (" + e.getMessage() + ")",
                                "check its permissions")));
            }
        }

        /** Where the body starts: after {@code bodyLine - 1} line ends. */
        private static int bodyOffset(String text, int bodyLine) {
            int offset = 0;
            for (int line = 1; line < bodyLine; line++) {
                int end = text.indexOf('\n', offset);
                if (end < 0) {
                    return text.length();
                }
                offset = end + 1;
            }
            return offset;
        }
    }
}
