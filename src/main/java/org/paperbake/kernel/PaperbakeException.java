package org.paperbake.kernel;

import java.util.List;

/**
 * A failure the user can act on (their input, or the place the output goes), carrying every
 * problem found and the exit status it maps to.
 *
 * <p>Commands collect problems and throw once with the full list; the command line prints each
 * problem and exits with {@link #exitCode()}. Nothing in this hierarchy is meant to reach the user
 * as a stack trace.
 */
public abstract sealed class PaperbakeException extends RuntimeException
        permits PaperbakeException.ContentProblems, PaperbakeException.BadInput, PaperbakeException.OutputFailed {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    protected PaperbakeException(String summary, List<Problem> problems) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /** The process exit status this failure maps to. */
    public abstract int exitCode();

    /** Content (Markdown, front matter, glossary, templates' results) has problems: exit 1. */
    public static final class ContentProblems extends PaperbakeException {
        private static final long serialVersionUID = 1L;

        public ContentProblems(String summary, List<Problem> problems) {
            super(summary, problems);
        }

        @Override
        public int exitCode() {
            return 1;
        }
    }

    /** Bad usage or unreadable input (a seed that is not a white paper, a missing folder): exit 2. */
    public static final class BadInput extends PaperbakeException {
        private static final long serialVersionUID = 1L;

        public BadInput(String summary, List<Problem> problems) {
            super(summary, problems);
        }

        @Override
        public int exitCode() {
            return 2;
        }
    }

    /**
     * The output could not be written (permissions, a full disk, a folder held open): exit 4, so
     * that a script can tell a machine's trouble, worth retrying, from input that must be fixed.
     */
    public static final class OutputFailed extends PaperbakeException {
        private static final long serialVersionUID = 1L;

        public OutputFailed(String summary, List<Problem> problems) {
            super(summary, problems);
        }

        @Override
        public int exitCode() {
            return 4;
        }
    }
}
