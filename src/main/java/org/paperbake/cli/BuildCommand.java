package org.paperbake.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperbake.Site;
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

    @Override
    public Integer call() {
        Path target = output != null ? output : source.resolve("output");
        new Site(source, target, System.out::println).build();
        return 0;
    }
}
