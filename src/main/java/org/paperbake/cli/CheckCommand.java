package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperbake.PaperbakeException;
import org.paperbake.Problem;
import org.paperbake.check.LinkChecker;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;
import org.paperbake.content.ContentReader;
import org.paperbake.postprocess.Glossary;
import org.paperbake.postprocess.ReferenceProcessor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code paperbake check}: validate the settings, the content and, when built, the site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check jbake.properties, every content file and the built site; list every problem, not the first.")
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "The site's folder, holding jbake.properties (default: .).")
    private Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "The built site to check (default: SOURCE/output).")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SiteConfig config = SiteConfig.load(source);
        List<ContentFile> content = ContentReader.readAll(config.contentFolder());
        int files = content.size();
        Glossary glossary = Glossary.load(content);
        Path site = output != null ? output : source.resolve("output");
        if (Files.isDirectory(site)) {
            List<Problem> problems = new ArrayList<>(LinkChecker.checkInternalLinksWithAnchors(site.toAbsolutePath().normalize()));
            problems.addAll(ReferenceProcessor.checkCoverage(site.toAbsolutePath().normalize(), content, glossary));
            if (!problems.isEmpty()) {
                throw new PaperbakeException.ContentProblems(problems.size() + " problem(s) in the built site", problems);
            }
            out.println("Checked " + files + " content files and the site in " + Problem.displayPath(site) + ": no problems");
        } else {
            out.println("Checked " + files + " content files: no problems (no built site to check; run ./paperbake build)");
        }
        return 0;
    }
}
