package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.pipeline.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperbake glossary draft}: a draft entry for every name of the text that no entry covers. */
@Command(
        name = "glossary",
        mixinStandardHelpOptions = true,
        description = "Glossary work.",
        subcommands = {GlossaryCommand.Draft.class})
final class GlossaryCommand extends CommandGroup {

    /** {@code glossary draft}. */
    @Command(
            name = "draft",
            mixinStandardHelpOptions = true,
            description = {
                "Write content/glossary/<name>.md, a draft entry (status: draft, never published), for every name"
                        + " in the text that no entry covers: its title, the acronym the text gives it, a category"
                        + " guess and the paragraphs that mention it.",
                "Never overwrites a file. The site is built into a temporary folder to read its text;"
                        + " the output folder is left untouched."
            })
    static final class Draft implements Callable<Integer> {

        @Mixin
        private SiteFolderOption site;

        @Option(
                names = "--output",
                paramLabel = "DIR",
                description = "The output folder; the text is read from a temporary build beside it"
                        + " (default: SOURCE/output).")
        private Path output;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            Path target = output != null ? output : site.source().resolve("output");
            Site.CheckReport report = new Site(site.source(), target, line -> {}).checkReport();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (report.glossary().isEmpty()) {
                throw new PaperbakeException.ContentProblems(
                        "the site must build before its names can be read: fix these first", report.problems());
            }
            Path contentFolder = SiteConfig.load(site.source()).contentFolder();
            List<ContentFile> content = ContentReader.readAll(contentFolder);
            GlossaryDrafts.Plan plan =
                    GlossaryDrafts.plan(contentFolder, report.glossary().get().uncovered(), content);
            GlossaryDrafts.write(plan.files());
            printWritten(out, plan.drafts());
            if (plan.listing() != null && !plan.drafts().isEmpty()) {
                out.println("Also created " + Problem.displayPath(plan.listing().file())
                        + ", the glossary's A–Z page (it lists the entries once they are published).");
            }
            int left = report.glossary().get().drafts().size() + plan.drafts().size();
            if (left > 0) {
                out.println("Next: for each draft, write the definition and its 'short' sentence, check 'category'"
                        + " and 'aliases', then set 'status: published'. ./paperbake check lists the " + left
                        + " draft(s) left to finish.");
            }
            out.flush();
            if (plan.refused().isEmpty()) {
                return 0;
            }
            plan.refused().forEach(problem -> err.println(problem.format()));
            err.println("paperbake glossary draft: " + plan.refused().size()
                    + " name(s) not drafted — see above; the other drafts were written");
            err.flush();
            return 1;
        }

        private static void printWritten(PrintWriter out, List<GlossaryDrafts.Draft> drafts) {
            if (drafts.isEmpty()) {
                out.println("No drafts to write: every name in the text is covered by a glossary entry or a draft.");
                return;
            }
            out.println("Drafted " + drafts.size() + " glossary entr" + (drafts.size() == 1 ? "y" : "ies")
                    + " (status: draft — not on the site until published):");
            for (GlossaryDrafts.Draft draft : drafts) {
                String acronym = draft.name().acronym().isEmpty()
                        ? ""
                        : " (" + draft.name().acronym() + ")";
                out.println("  " + Problem.displayPath(draft.file()) + "  "
                        + draft.name().name() + acronym + " — "
                        + draft.category().category() + "? — " + draft.paragraphs()
                        + (draft.paragraphs() == 1 ? " paragraph" : " paragraphs"));
            }
        }
    }
}
