package org.paperbake.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.paperbake.PaperbakeException;
import org.paperbake.Problem;
import org.paperbake.config.SiteConfig;
import org.paperbake.content.ContentFile;

/**
 * The one adapter between Paperbake and JBake: bakes validated content into a destination folder
 * with JBake's {@link Oven}, driven in-process.
 *
 * <p>JBake collects errors instead of throwing and skips files it can't parse with only a warning;
 * this class turns both into {@link PaperbakeException.ContentProblems}: every error from
 * {@link Oven#getErrors()} becomes a problem (located in the template where JBake says which), and
 * every published content file must have produced its page.
 */
public final class SiteBaker {

    private static final Pattern TEMPLATE_LOCATION =
            Pattern.compile("in template \"([^\"]+)\"(?: at line (\\d+))?", Pattern.DOTALL);

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /**
     * Bakes {@code files} into {@code destination}, which must be empty or absent.
     *
     * @return the number of pages JBake rendered
     * @throws PaperbakeException.ContentProblems when JBake reports errors or a page is missing
     */
    public int bake(SiteConfig config, List<ContentFile> files, Path destination) {
        Map<String, ContentFile> filesByPath = new HashMap<>();
        files.forEach(file -> filesByPath.put(file.file().toAbsolutePath().normalize().toString(), file));
        Engines.register("md", new FrontMatterMarkdownEngine(filesByPath, NavigationLinks.forPages(files), markdown));

        DefaultJBakeConfiguration jbake = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                config.sourceFolder().toFile(), destination.toFile(), config.file().toFile(), true);
        Utensils utensils = UtensilsFactory.createDefaultUtensils(jbake);
        HardenedFreemarkerEngine templates = HardenedFreemarkerEngine.installInto(utensils);
        Oven oven = new Oven(utensils);
        oven.bake();

        // Template failures come located from the engine; JBake's own errors only when there are none.
        List<Problem> problems = new ArrayList<>(templates.problems());
        for (Throwable error : problems.isEmpty() ? oven.getErrors() : List.<Throwable>of()) {
            problems.add(toProblem(config, error));
        }
        removeDrafts(files, destination, problems);
        checkEveryPageWasBaked(files, destination, problems);
        if (!problems.isEmpty()) {
            throw new PaperbakeException.ContentProblems("the bake failed", problems);
        }
        return (int) files.stream().filter(SiteBaker::isPublished).count();
    }

    private static boolean isPublished(ContentFile file) {
        return "published".equals(file.string("status"));
    }

    /** JBake renders drafts beside published pages with a suffix; a published site leaves them out. */
    private static void removeDrafts(List<ContentFile> files, Path destination, List<Problem> problems) {
        for (ContentFile file : files) {
            if (!isPublished(file)) {
                Path draft = destination.resolve(file.slug() + "-draft.html");
                try {
                    Files.deleteIfExists(draft);
                } catch (IOException e) {
                    problems.add(Problem.at(draft, 0, "cannot remove the draft page", "check the output folder's permissions"));
                }
            }
        }
    }

    private static void checkEveryPageWasBaked(List<ContentFile> files, Path destination, List<Problem> problems) {
        for (ContentFile file : files) {
            if (isPublished(file) && !Files.isRegularFile(destination.resolve(file.outputPath()))) {
                problems.add(Problem.at(file.file(), 1, "JBake produced no page for this file",
                        "check that 'type: " + file.type() + "' has a template (template." + file.type()
                                + ".file in jbake.properties)"));
            }
        }
    }

    private static Problem toProblem(SiteConfig config, Throwable error) {
        String message = messageOf(error);
        Matcher location = TEMPLATE_LOCATION.matcher(message);
        String firstLine = message.lines().filter(line -> !line.isBlank()).findFirst().orElse(message).strip();
        if (location.find()) {
            Path template = config.templateFolder().resolve(location.group(1));
            int line = location.group(2) == null ? 0 : Integer.parseInt(location.group(2));
            return Problem.at(template, line, "the template failed: " + firstLine,
                    "fix the template; the page data it can use is listed in README.md");
        }
        return Problem.at(config.file(), 0, "JBake failed: " + firstLine,
                "check the templates and settings named in the message");
    }

    private static String messageOf(Throwable error) {
        StringBuilder message = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                message.append(cause.getMessage()).append('\n');
            }
        }
        return message.toString();
    }
}
