package org.paperbake.cli;

import org.paperbake.kernel.Problem;

/** Problems as GitHub Actions workflow commands, shown on the pull request's changed line. */
final class GitHubAnnotations {

    private GitHubAnnotations() {}

    /** {@code ::error file=path,line=N::message — fix}, escaped as GitHub's workflow commands require. */
    static String errorLine(Problem problem) {
        StringBuilder line = new StringBuilder("::error file=").append(escapeProperty(problem.path()));
        if (problem.line() > 0) {
            line.append(",line=").append(problem.line());
        }
        return line.append("::")
                .append(escapeData(problem.message() + " — " + problem.fix()))
                .toString();
    }

    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
