package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperbake.Site;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperbake build}: bake, post-process and check the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Bake the content through the templates, post-process and check it, into the output folder.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "The site's folder, holding jbake.properties (default: .).")
    private Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site is built (default: SOURCE/output).")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path target = output != null ? output : source.resolve("output");
        new Site(source, target, out::println).build();
        return 0;
    }
}
