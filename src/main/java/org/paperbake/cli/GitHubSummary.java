package org.paperbake.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;

/**
 * The job summary of a GitHub Actions run: {@code check} appends its result as Markdown to the
 * file named by {@code GITHUB_STEP_SUMMARY}, so that the pull request's checks page lists every
 * problem in one table.
 */
final class GitHubSummary {

    private GitHubSummary() {}

    /** Appends the check's result when {@code GITHUB_STEP_SUMMARY} is set; does nothing otherwise. */
    static void appendCheckResult(Map<String, String> environment, List<Problem> problems) {
        String summaryFile = environment.get("GITHUB_STEP_SUMMARY");
        if (summaryFile == null || summaryFile.isBlank()) {
            return;
        }
        Path file = Path.of(summaryFile);
        try {
            Files.writeString(
                    file,
                    toMarkdown(problems),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new PaperbakeException.BadInput(
                    "cannot write the job summary",
                    List.of(Problem.at(
                            file,
                            0,
                            "cannot be written (" + e.getMessage() + ")",
                            "check GITHUB_STEP_SUMMARY names a writable file")));
        }
    }

    /** The result as Markdown: a heading, then a table with one row per problem. */
    static String toMarkdown(List<Problem> problems) {
        StringBuilder markdown = new StringBuilder();
        if (problems.isEmpty()) {
            return markdown.append("## Paperbake check: no problems\n\n")
                    .append("The settings, the content and the site they build passed every check.\n")
                    .toString();
        }
        markdown.append("## Paperbake check: ")
                .append(problems.size())
                .append(" problem(s)\n\n")
                .append("Each problem is also shown on its line in the pull request's *Files changed* tab. ")
                .append("CONTRIBUTING.md explains each message.\n\n")
                .append("| File | Line | Problem | How to fix |\n")
                .append("| --- | --- | --- | --- |\n");
        for (Problem problem : problems) {
            markdown.append("| `")
                    .append(cell(problem.path()))
                    .append("` | ")
                    .append(problem.line() > 0 ? String.valueOf(problem.line()) : "")
                    .append(" | ")
                    .append(cell(problem.message()))
                    .append(" | ")
                    .append(cell(problem.fix()))
                    .append(" |\n");
        }
        return markdown.toString();
    }

    /** Table cells can't hold a pipe or a line break, and markup from content must stay text. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("<", "&lt;")
                .replace("`", "'")
                .replace("\r", " ")
                .replace("\n", " ");
    }
}
