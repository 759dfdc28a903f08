package org.paperbake.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code paperbake build}: bake, post-process and check the site into the output folder. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Bake the content through the templates, post-process and check it, into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    private SiteFolderOption site;

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site is built (default: SOURCE/output).")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return new BuildArguments(site.source(), Optional.ofNullable(output))
                .build(spec.commandLine().getOut());
    }
}
