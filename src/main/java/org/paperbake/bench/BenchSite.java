package org.paperbake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.paperbake.kernel.FileTrees;

/**
 * A benchmark site folder: a generated corpus or library with the real site's templates, assets and settings.
 *
 * <p>When the real site has no template for glossary terms yet ({@code template.term.file}), a
 * plain one is added so that the corpus's terms are rendered too; {@link #usedFallbackTermTemplate}
 * says so, and the benchmark prints it.
 */
public final class BenchSite {

    static final String FALLBACK_TERM_TEMPLATE = "bench-term.ftl";

    private final Path folder;
    private final boolean fallbackTermTemplate;

    private BenchSite(Path folder, boolean fallbackTermTemplate) {
        this.folder = folder;
        this.fallbackTermTemplate = fallbackTermTemplate;
    }

    /** A copy of {@code project}'s own site, content included, in {@code folder}. */
    public static BenchSite copyOf(Path project, Path folder) {
        try {
            for (String part : new String[] {"templates", "assets", "content", "seeds"}) {
                FileTrees.copy(project.resolve(part), folder.resolve(part));
            }
            Files.copy(
                    project.resolve("jbake.properties"),
                    folder.resolve("jbake.properties"),
                    StandardCopyOption.REPLACE_EXISTING);
            return new BenchSite(folder, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code folder} (which must not exist or be empty) from {@code project}'s site and a generated corpus. */
    public static BenchSite create(Path project, Path folder, CorpusGenerator corpus) {
        return create(project, folder, corpus::writeTo);
    }

    /** Creates {@code folder} (which must not exist or be empty) from {@code project}'s site and a generated library. */
    public static BenchSite create(Path project, Path folder, LibraryGenerator library) {
        return create(project, folder, library::writeTo);
    }

    private static BenchSite create(Path project, Path folder, Consumer<Path> content) {
        try {
            FileTrees.copy(project.resolve("templates"), folder.resolve("templates"));
            FileTrees.copy(project.resolve("assets"), folder.resolve("assets"));
            String settings = Files.readString(project.resolve("jbake.properties"), StandardCharsets.UTF_8);
            boolean fallback = !settings.contains("template.term.file");
            if (fallback) {
                settings += "\ntemplate.term.file=" + FALLBACK_TERM_TEMPLATE + "\n";
                try (InputStream template = BenchSite.class.getResourceAsStream(FALLBACK_TERM_TEMPLATE)) {
                    Files.write(folder.resolve("templates").resolve(FALLBACK_TERM_TEMPLATE), template.readAllBytes());
                }
            }
            Files.writeString(folder.resolve("jbake.properties"), settings, StandardCharsets.UTF_8);
            content.accept(folder.resolve("content"));
            copyListingPages(project.resolve("content"), folder.resolve("content"));
            return new BenchSite(folder, fallback);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The site's listing pages (glossary, references, chronology): every page links to them, so the
     * corpus carries them as the real site does.
     */
    private static void copyListingPages(Path projectContent, Path content) throws IOException {
        if (!Files.isDirectory(projectContent)) {
            return;
        }
        try (Stream<Path> files = Files.list(projectContent)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md"))
                    .sorted()
                    .toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("\ntype: listing\n")) {
                    Files.writeString(content.resolve(file.getFileName().toString()), text, StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** The site's folder. */
    public Path folder() {
        return folder;
    }

    /** Whether the real site had no term template and the benchmark's plain one was added. */
    public boolean usedFallbackTermTemplate() {
        return fallbackTermTemplate;
    }
}
