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
        Site.CheckReport report = new Site(site.source(), target, line -> {}).checkReport();
        List<Problem> problems = report.problems();
        GitHubSummary.appendCheckResult(main.environment(), problems);
        report.glossary().ifPresent(this::printGlossaryWork);
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

    /**
     * The drafts left to finish, one line each: work to do, not problems — a site with drafts passes
     * the check (they are not published). Then, when names are not in the glossary, how to draft them all.
     */
    private void printGlossaryWork(Site.GlossaryWork work) {
        PrintWriter out = spec.commandLine().getOut();
        if (!work.drafts().isEmpty()) {
            out.println("Glossary work: " + work.drafts().size() + " draft entr"
                    + (work.drafts().size() == 1 ? "y" : "ies")
                    + " to finish (not on the site until published) — write the definition and 'short',"
                    + " check 'category', then set 'status: published':");
            work.drafts().forEach(draft -> out.println("  " + draft.format()));
        }
        if (!work.uncovered().isEmpty()) {
            out.println("Glossary: " + work.uncovered().size() + " name(s) in the text are not in the glossary (listed"
                    + " below); ./paperbake glossary draft writes a draft entry for each.");
        }
        out.flush();
    }
}
