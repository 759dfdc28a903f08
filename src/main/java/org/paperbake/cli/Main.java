package org.paperbake.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.paperbake.PaperbakeException;
import org.paperbake.Problem;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code paperbake} command line.
 *
 * <p>Exit status: 0 success; 1 content problems found (each listed); 2 bad usage or unreadable
 * input. A {@link PaperbakeException} is printed as its list of problems, never as a stack trace;
 * on GitHub Actions each problem is also printed as an {@code ::error} annotation so that it
 * appears on the line of the pull request that caused it.
 */
@Command(name = "paperbake", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a long policy document into a cross-referenced static website, baked with JBake.",
        subcommands = {BuildCommand.class, ImportCommand.class, CheckCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:content problems found (each listed as path:line: problem — how to fix)",
            "2:bad usage or unreadable input"})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line on the standard streams and returns its exit status. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output and error streams and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        routeJavaUtilLoggingToSlf4j();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(Main::handleExecutionException);
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

    /** OrientDB, inside JBake, logs through java.util.logging; without this it prints INFO lines to stderr. */
    private static void routeJavaUtilLoggingToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static String commandName(CommandLine commandLine) {
        return commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ";
    }

    private static int handleExecutionException(Exception exception, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof PaperbakeException failure) {
            printProblems(err, failure);
            return failure.exitCode();
        }
        err.println("paperbake: internal error — this is a bug in Paperbake, not in your content; please report it with this output:");
        exception.printStackTrace(err);
        return 3;
    }

    /** Prints each problem, then a one-line summary; on GitHub Actions also as annotations. */
    static void printProblems(PrintWriter err, PaperbakeException failure) {
        boolean annotate = "true".equals(System.getenv("GITHUB_ACTIONS"));
        for (Problem problem : failure.problems()) {
            err.println(problem.format());
            if (annotate) {
                err.println(GitHubAnnotations.errorLine(problem));
            }
        }
        err.println("paperbake: " + failure.getMessage() + " — nothing was changed");
        err.flush();
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
