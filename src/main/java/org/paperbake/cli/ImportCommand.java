package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperbake.config.SiteConfig;
import org.paperbake.importer.ImportReport;
import org.paperbake.importer.Importer;
import org.paperbake.kernel.FileTrees;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paperbake import FILE}: a plain-text white paper becomes Markdown pages in the content folder. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Convert a plain-text white paper (a web copy, or the SCIO layout) into Markdown pages with front matter,",
            "one document from one file or from several parts, imported together or one at a time;",
            "and print a report of the pages written, the metadata found, every line dropped and every guess made.",
            "Refuses to overwrite a page edited since it was imported, unless --force."
        })
final class ImportCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "The plain-text document to import, or several parts of one document (in any order;"
                    + " parts imported before are kept).")
    private List<Path> files;

    @Option(
            names = "--into",
            paramLabel = "DIR",
            description = "The site's content folder to write into (default: content); the seed is copied to the"
                    + " site's seeds/.")
    private Path into = Path.of("content");

    @Option(names = "--force", description = "Overwrite pages even if they were edited since they were imported.")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SiteConfig site = siteOf(into);
        ImportReport report =
                new Importer().importFiles(files, into, site.sourceFolder().resolve("seeds"), force);
        out.print(report.format());
        out.flush();
        return 0;
    }

    /**
     * The site whose content folder {@code into} is: the nearest folder above it holding
     * {@code jbake.properties}, whose {@code content.folder} must be {@code into} itself. Anything
     * else — the project folder, a subfolder of the content, a folder of no site — is refused
     * before anything is written, since the pages and the seed copy would land where no build
     * reads them, or among files that are not content.
     */
    static SiteConfig siteOf(Path into) {
        Path folder = FileTrees.realPath(into);
        String fix = "import into a site's content folder: the folder jbake.properties names in content.folder"
                + " (./content by default)";
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw refused(into, "is not a folder", fix);
        }
        Path siteFolder = folder.getParent();
        while (siteFolder != null
                && !Files.isRegularFile(siteFolder.resolve(SiteConfig.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
            siteFolder = siteFolder.getParent();
        }
        if (Files.isRegularFile(folder.resolve(SiteConfig.FILE_NAME))) {
            throw refused(
                    into,
                    "is a site's own folder (it holds " + SiteConfig.FILE_NAME
                            + "), not its content folder: the pages would be written among the site's files",
                    fix);
        }
        if (siteFolder == null) {
            throw refused(
                    into,
                    "is not the content folder of a site: no folder above it holds " + SiteConfig.FILE_NAME
                            + ", so there is no site to import into and no seeds/ folder to copy the document to",
                    fix);
        }
        SiteConfig site = SiteConfig.load(siteFolder);
        Path content = FileTrees.realPath(site.contentFolder());
        if (!content.equals(folder)) {
            String where = folder.startsWith(content)
                    ? "is inside the content folder " + Problem.displayPath(site.contentFolder()) + " of the site in "
                            + Problem.displayPath(siteFolder)
                    : "is not the content folder of the site in " + Problem.displayPath(siteFolder) + " ("
                            + SiteConfig.FILE_NAME + " names " + Problem.displayPath(site.contentFolder()) + ")";
            throw refused(into, where, "import into " + Problem.displayPath(site.contentFolder()));
        }
        return site;
    }

    private static PaperbakeException refused(Path into, String message, String fix) {
        return new PaperbakeException.BadInput("cannot import there", List.of(Problem.at(into, 0, message, fix)));
    }
}
