package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperbake.pipeline.Site;
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
        PrintWriter out = spec.commandLine().getOut();
        Path target = output != null ? output : site.source().resolve("output");
        new Site(site.source(), target, out::println).build();
        return 0;
    }
}
