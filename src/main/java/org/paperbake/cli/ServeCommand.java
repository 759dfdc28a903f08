package org.paperbake.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperbake.kernel.PaperbakeException;
import org.paperbake.kernel.Problem;
import org.paperbake.serve.DevServer;
import org.paperbake.serve.PreviewFolder;
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

    @Option(
            names = "--output",
            paramLabel = "DIR",
            description = {
                "Where the site is built (default: a folder in memory, in /dev/shm, deleted when serve stops;",
                "SOURCE/output where there is none or too little room)."
            })
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
        PreviewFolder folder = output != null ? PreviewFolder.onDisk(output) : PreviewFolder.forSite(site.source());
        if (folder.inMemory()) {
            spec.commandLine()
                    .getOut()
                    .println("Building in memory for the preview (" + folder.output()
                            + "), deleted when serve stops; ./paperbake build writes output/, and"
                            + " serve --output DIR builds there instead");
            spec.commandLine().getOut().flush();
        }
        DevServer server;
        try {
            server = new DevServer(site.source(), folder.output(), folder.scratch(), port, line -> {
                spec.commandLine().getOut().println(line);
                spec.commandLine().getOut().flush();
            });
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            folder.close();
                        },
                        "paperbake-shutdown"));
        server.start();
        server.awaitClose();
        return 0;
    }
}
