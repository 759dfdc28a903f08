package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperbake.kernel.Problem;
import org.paperbake.pipeline.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperbake check}: validate the settings, every content file and the site they build, and
 * list every problem, not the first. The site is baked into a temporary folder; the output folder
 * is never touched. On GitHub Actions each problem is also an {@code ::error} annotation and the
 * list goes into the job summary.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check jbake.properties, every content file and the site they build; list every problem, not the first.",
            "The site is built into a temporary folder beside the output folder, which is left untouched."
        })
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private SiteFolderOption site;

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description =
                    "The output folder; the check builds into a temporary folder beside it (default: SOURCE/output).")
    private Path output;

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Path target = output != null ? output : site.source().resolve("output");
        List<Problem> problems = new Site(site.source(), target, line -> {}).check();
        GitHubSummary.appendCheckResult(main.environment(), problems);
        if (problems.isEmpty()) {
            spec.commandLine()
                    .getOut()
                    .println("paperbake check: no problems in the settings, the content and the site they build");
            spec.commandLine().getOut().flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        Main.printProblemList(main.environment(), spec.commandLine().getOut(), err, problems);
        err.println("paperbake check: " + problems.size() + " problem(s) — fix them and run ./paperbake check again;"
                + " CONTRIBUTING.md explains each message");
        err.flush();
        return 1;
    }
}
