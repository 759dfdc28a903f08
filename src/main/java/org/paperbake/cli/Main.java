package org.paperbake.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.pipeline.Site;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code paperbake} command line.
 *
 * <p>Exit status: 0 success; 1 content problems found (each listed); 2 bad usage or unreadable
 * input; 3 an internal error (a bug); 4 the output could not be written. A
 * {@link PaperbakeException} is printed as its list of problems, never as a stack trace; on GitHub
 * Actions each problem is also printed as an {@code ::error} annotation so that it appears on the
 * line of the pull request that caused it.
 */
@Command(
        name = "paperbake",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns a long policy document into a cross-referenced static website, baked with JBake.",
        subcommands = {
            BuildCommand.class,
            ImportCommand.class,
            CheckCommand.class,
            ServeCommand.class,
            NewCommand.class,
            GlossaryCommand.class,
            IdsCommand.class,
            BenchCommand.class
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:content problems found (each listed as path:line: problem — how to fix)",
            "2:bad usage or unreadable input",
            "3:internal error (a bug in Paperbake)",
            "4:the output could not be written (permissions, disk space)"
        })
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        Site.warmUpInBackground();
        // Made before the run: once the heap has run out, the message must not need any of it (other
        // threads, the history's reader among them, may still hold and take memory meanwhile).
        byte[] outOfMemory = ("paperbake: the build ran out of memory — give Java more with, for example,"
                        + " PAPERBAKE_JAVA_OPTS=-Xmx4g ./paperbake " + String.join(" ", args) + "; nothing was changed"
                        + System.lineSeparator())
                .getBytes(StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args);
        } catch (Error e) {
            if (!ranOutOfMemory(e)) {
                throw e;
            }
            // Not a bug and not the content's fault: a very large site needs a larger heap.
            System.err.write(outOfMemory, 0, outOfMemory.length);
            System.err.flush();
            status = 3;
        }
        System.exit(status);
    }

    /**
     * Whether {@code error} is the heap running out: also when it ran out while a class was being
     * initialised on another thread, which the JVM reports later as that class not being found,
     * naming the out-of-memory only in the message of the cause it keeps.
     */
    static boolean ranOutOfMemory(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError
                    || cause instanceof ExceptionInInitializerError
                            && String.valueOf(cause.getMessage()).contains("OutOfMemoryError")) {
                return true;
            }
        }
        return false;
    }

    /** The process environment the commands see ({@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY}). */
    private final Map<String, String> environment;

    Main(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Runs the command line on the standard streams and returns its exit status. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error streams and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.getenv(), out, err, args);
    }

    /** Runs the command line with the given environment and output streams and returns its exit status, for tests. */
    public static int run(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        Optional<BuildArguments> plainBuild = BuildArguments.readPlain(args);
        if (plainBuild.isPresent()) {
            try {
                return plainBuild.get().build(out, environment);
            } catch (RuntimeException e) {
                return handleExecutionException(environment, out, err, e);
            }
        }
        Main main = new Main(environment);
        CommandLine commandLine = new CommandLine(main);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) ->
                handleExecutionException(main.environment, line.getOut(), line.getErr(), exception));
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            PrintWriter usageErr = exception.getCommandLine().getErr();
            usageErr.println("paperbake: " + exception.getMessage());
            usageErr.println("Run './paperbake " + commandName(exception.getCommandLine()) + "--help' for usage.");
            usageErr.flush();
            return 2;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    private static String commandName(CommandLine commandLine) {
        return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
    }

    /** The environment variables the commands were started with. */
    Map<String, String> environment() {
        return environment;
    }

    private static int handleExecutionException(
            Map<String, String> environment, PrintWriter out, PrintWriter err, Exception exception) {
        if (exception instanceof PaperbakeException failure) {
            printProblems(environment, out, err, failure);
            return failure.exitCode();
        }
        err.println(
                "paperbake: internal error — this is a bug in Paperbake, not in your content; please report it with this output:");
        exception.printStackTrace(err);
        return 3;
    }

    /** Prints each problem, then a one-line summary; on GitHub Actions also as annotations. */
    static void printProblems(
            Map<String, String> environment, PrintWriter out, PrintWriter err, PaperbakeException failure) {
        printProblemList(environment, out, err, failure.problems());
        err.println("paperbake: " + failure.getMessage() + " — nothing was changed");
        err.flush();
    }

    /**
     * Prints each problem to {@code err} as {@code path:line: problem — how to fix}; on GitHub Actions
     * also to {@code out} as an annotation, since the runner reads workflow commands from standard output.
     */
    static void printProblemList(
            Map<String, String> environment, PrintWriter out, PrintWriter err, List<Problem> problems) {
        boolean annotate = "true".equals(environment.get("GITHUB_ACTIONS"));
        for (Problem problem : problems) {
            err.println(problem.format());
            if (annotate) {
                out.println(GitHubAnnotations.errorLine(problem));
            }
        }
        out.flush();
    }

    /** Prints the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"paperbake " + (version == null ? "(development build)" : version)};
        }
    }
}
