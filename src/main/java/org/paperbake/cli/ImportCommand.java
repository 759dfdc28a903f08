package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperbake.importer.ImportReport;
import org.paperbake.importer.Importer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paperbake import FILE}: a plain-text white paper becomes Markdown pages in the content folder. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Convert a plain-text white paper (China Daily or SCIO layout) into Markdown pages with front matter,",
            "and print a report of the pages written, the metadata found, every line dropped and every guess made.",
            "Refuses to overwrite a page edited since it was imported, unless --force."
        })
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The plain-text document to import.")
    private Path file;

    @Option(names = "--into", paramLabel = "DIR", description = "The content folder to write into (default: content).")
    private Path into = Path.of("content");

    @Option(names = "--force", description = "Overwrite pages even if they were edited since they were imported.")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report = new Importer().importFile(file, into, force);
        out.print(report.format());
        out.flush();
        return 0;
    }
}
