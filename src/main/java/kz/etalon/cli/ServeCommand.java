package kz.etalon.cli;

import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Etalon;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.web.ServeSettings;
import kz.etalon.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve",
        description = "Serves the web workspace: standards, results, comparisons, analyses and data uploads in a browser.",
        mixinStandardHelpOptions = true,
        footer = {"", "On 127.0.0.1 (the default) with no users, one local user has every right. On any other address",
                "everyone logs in: add users first with `./etalon user add NAME --role admin`.", "",
                "Examples:", "  ./etalon serve", "  ./etalon serve --port 9000 --workspace /srv/etalon",
                "  ./etalon serve --bind 0.0.0.0   (needs users)"})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Option(names = "--port", defaultValue = "8080", converter = Bounds.Port.class,
            description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServeSettings.LOOPBACK,
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this computer only).")
    private String bind;

    @Override
    public Integer call() throws InterruptedException {
        Etalon app = workspace.app(parent);
        Path home = app.workspace().home();
        app.workspace().requireWritable(parent.writable());
        ServeSettings settings = new ServeSettings(bind, port, home, UserDirectory.defaultFile(home));
        WebServer server;
        try {
            server = WebServer.start(app, settings);
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class)) {
                throw InputException.of(Location.of(home), "cannot listen on " + bind + ":" + port
                        + " (in use, or not an address of this computer); choose another with --port or --bind");
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "etalon-serve-stop"));
        UserDirectory users = UserDirectory.open(settings.usersFile());
        // one write, so that whoever reads the output never sees the address without the lines after it
        System.out.print("Etalon serves " + home + " at " + server.address() + System.lineSeparator()
                + (users.isEmpty()
                ? "No users file: one local user with every right (" + settings.usersFile() + " would hold accounts)."
                : "Everyone logs in: " + users.list().size() + " user(s) in " + settings.usersFile() + ".")
                + System.lineSeparator()
                + "Open the address in a browser; Ctrl-C stops the server." + System.lineSeparator());
        System.out.flush();
        stopped.await();
        return Main.OK;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> kind) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
