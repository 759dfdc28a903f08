package org.paperbake.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paperbake serve}: build, serve on 127.0.0.1, rebuild on change, reload the open page; Ctrl-C stops. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Build the site and serve it on http://127.0.0.1:PORT/ for preview.",
            "Rebuilds when content/, templates/, assets/ or jbake.properties change, and the open page reloads itself;",
            "a failed rebuild keeps the last good site and shows the problems in the browser. Ctrl-C stops."
        })
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "The port on 127.0.0.1 (default: 8820).")
    private int port = 8820;

    @Mixin
    private SiteFolderOption site;

    @Option(names = "--output", paramLabel = "DIR", description = "Where the site is built (default: SOURCE/output).")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new PaperbakeException.BadInput(
                    "bad port",
                    List.of(new Problem(
                            "--port " + port,
                            0,
                            "is not a port number",
                            "use a number between 1024 and 65535, such as 8820")));
        }
        Path target = output != null ? output : site.source().resolve("output");
        DevServer server = new DevServer(site.source(), target, port, line -> {
            spec.commandLine().getOut().println(line);
            spec.commandLine().getOut().flush();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "paperbake-shutdown"));
        server.start();
        server.awaitClose();
        return 0;
    }
}
