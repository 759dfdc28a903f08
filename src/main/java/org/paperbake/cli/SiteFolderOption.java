package org.paperbake.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --source DIR} option every command that works on a site shares (a picocli mixin). */
final class SiteFolderOption {

    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "The site's folder, holding jbake.properties (default: .).")
    private Path source = Path.of(".");

    /** The site's folder. */
    Path source() {
        return source;
    }
}
