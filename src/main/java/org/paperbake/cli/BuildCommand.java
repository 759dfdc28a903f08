package org.paperbake.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperbake.pipeline.BuildCache;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code paperbake build}: bake, post-process and check the site into the output folder. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Bake the content through the templates, post-process and check it, into the output folder.",
            "Unchanged sources restore the site from the build cache (SOURCE/" + BuildCache.DEFAULT_FOLDER
                    + ", or " + BuildCache.ENVIRONMENT_VARIABLE + "=DIR|off; bounded by "
                    + BuildCache.MAX_MB_VARIABLE + ", default 4096)."
        })
final class BuildCommand implements Callable<Integer> {

    @Mixin
    private SiteFolderOption site;

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site is built (default: SOURCE/output).")
    private Path output;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "The build cache's folder (default: $" + BuildCache.ENVIRONMENT_VARIABLE + ", else SOURCE/"
                    + BuildCache.DEFAULT_FOLDER + ").")
    private Path cacheFolder;

    @Option(names = "--no-cache", description = "Build everything; neither read nor write the build cache.")
    private boolean noCache;

    @Option(
            names = "--editions",
            description = "Make the EPUB and PDF editions of each document and link them from its cover and the"
                    + " about page (also $" + BuildArguments.EDITIONS_VARIABLE + "=on); without it, no downloads.")
    private boolean editions;

    @ParentCommand
    private Main main;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return new BuildArguments(
                        site.source(), Optional.ofNullable(output), Optional.ofNullable(cacheFolder), noCache, editions)
                .build(spec.commandLine().getOut(), main.environment());
    }
}
