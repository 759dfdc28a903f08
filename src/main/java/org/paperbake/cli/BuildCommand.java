package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperbake.pipeline.BuildCache;
import org.paperbake.pipeline.Site;
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

    @ParentCommand
    private Main main;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path target = output != null ? output : site.source().resolve("output");
        new Site(site.source(), target, out::println, cache(out)).build();
        return 0;
    }

    /** The cache the options and the environment name: --no-cache, then --cache, then the variable, then the default. */
    private BuildCache cache(PrintWriter out) {
        String variable = main.environment().getOrDefault(BuildCache.ENVIRONMENT_VARIABLE, "");
        if (noCache || (cacheFolder == null && variable.equals("off"))) {
            return BuildCache.off();
        }
        Path folder = cacheFolder != null
                ? cacheFolder
                : variable.isEmpty() ? site.source().resolve(BuildCache.DEFAULT_FOLDER) : Path.of(variable);
        return BuildCache.in(folder, maxBytes(out));
    }

    /** The size bound from the environment; a value that isn't a positive number is said and the default used. */
    private long maxBytes(PrintWriter out) {
        String megabytes = main.environment().get(BuildCache.MAX_MB_VARIABLE);
        if (megabytes == null) {
            return BuildCache.DEFAULT_MAX_BYTES;
        }
        try {
            long value = Long.parseLong(megabytes.strip());
            if (value > 0 && value < (Long.MAX_VALUE >> 20)) {
                return value << 20;
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        out.println("Cache: " + BuildCache.MAX_MB_VARIABLE + "=" + megabytes + " is not a number of megabytes — using "
                + (BuildCache.DEFAULT_MAX_BYTES >> 20));
        return BuildCache.DEFAULT_MAX_BYTES;
    }
}
