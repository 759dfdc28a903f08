package org.paperbake.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.paperbake.config.SiteConfig;
import org.paperbake.kernel.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperbake new term "Name"} and {@code new page "Title"}: scaffold a content file with valid front matter. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Create a content file with the front matter it needs, as a draft; never overwrites a file.",
        subcommands = {NewCommand.Term.class, NewCommand.Page.class})
final class NewCommand extends CommandGroup {

    /** The site's content folder, from {@code jbake.properties} in {@code source}. */
    private static Path contentFolder(Path source) {
        return SiteConfig.load(source).contentFolder();
    }

    private static void printCreated(CommandSpec spec, Path file, String next) {
        spec.commandLine().getOut().println("Created " + Problem.displayPath(file));
        spec.commandLine().getOut().println(next);
        spec.commandLine().getOut().flush();
    }

    /** {@code new term "Name"}: a glossary entry in {@code content/glossary/}. */
    @Command(
            name = "term",
            mixinStandardHelpOptions = true,
            description = "Create content/glossary/<name>.md, a draft glossary entry.")
    static final class Term implements Callable<Integer> {

        @Parameters(paramLabel = "NAME", description = "The term as it is written in the text, in quotes.")
        private String name;

        @Mixin
        private SiteFolderOption site;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            Path file = Scaffold.createTerm(contentFolder(site.source()), name);
            printCreated(
                    spec,
                    file,
                    "Next: write the definition, the 'short' sentence, 'aliases' and 'category',"
                            + " then set 'status: published'. Preview with ./paperbake serve.");
            return 0;
        }
    }

    /** {@code new page "Title"}: a page at the end of the reading order. */
    @Command(
            name = "page",
            mixinStandardHelpOptions = true,
            description = "Create content/<title>.md, a draft page placed last in the reading order.")
    static final class Page implements Callable<Integer> {

        @Parameters(paramLabel = "TITLE", description = "The page's title, in quotes.")
        private String title;

        @Mixin
        private SiteFolderOption site;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            Path file = Scaffold.createPage(contentFolder(site.source()), title, LocalDate.now(ZoneOffset.UTC));
            printCreated(
                    spec,
                    file,
                    "Next: write the text, check 'order' (its place in the reading order),"
                            + " then set 'status: published'. Preview with ./paperbake serve.");
            return 0;
        }
    }
}
