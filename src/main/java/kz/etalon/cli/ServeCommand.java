package kz.etalon.cli;

import java.net.BindException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kz.etalon.account.UserDirectory;
import kz.etalon.account.directory.DirectoryFile;
import kz.etalon.app.Etalon;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.i18n.Messages;
import kz.etalon.web.Deployment;
import kz.etalon.web.ProxyTrust;
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
                "  ./etalon serve --bind 0.0.0.0   (needs users)",
                "  ./etalon serve --trusted-proxy 127.0.0.1 --metrics-port 9464   (behind nginx, with Prometheus metrics)", "",
                "Each option may also come from the environment (a service's settings file):",
                "ETALON_PORT, ETALON_BIND, ETALON_WORKSPACE, ETALON_TRUSTED_PROXIES, ETALON_METRICS_PORT, ETALON_METRICS_BIND.",
                "GET /health answers without a log-in: 200 when the workspace can serve, 503 naming the part that cannot."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Option(names = "--port", defaultValue = "${env:ETALON_PORT:-8080}", converter = Bounds.Port.class,
            description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "${env:ETALON_BIND:-" + ServeSettings.LOOPBACK + "}",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this computer only).")
    private String bind;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", defaultValue = "${env:ETALON_TRUSTED_PROXIES}",
            description = "Reverse proxies (addresses or address/prefix, comma-separated) whose X-Forwarded-For and "
                    + "X-Forwarded-Proto are believed, so that the log-in throttle sees the visitor's own address. "
                    + "Default: none.")
    private String trustedProxies;

    @Option(names = "--metrics-port", paramLabel = "PORT", defaultValue = "${env:ETALON_METRICS_PORT}", converter = Bounds.Port.class,
            description = "Serve Prometheus metrics at http://ADDRESS:PORT/metrics (requests by route, jobs, cache, JVM; "
                    + "no user data). Default: off.")
    private Integer metricsPort;

    @Option(names = "--metrics-bind", paramLabel = "ADDRESS", defaultValue = "${env:ETALON_METRICS_BIND:-" + ServeSettings.LOOPBACK + "}",
            description = "Address the metrics listen on. Default: ${DEFAULT-VALUE} (this computer only).")
    private String metricsBind;

    @Override
    public Integer call() throws InterruptedException {
        Etalon app = workspace.app(parent);
        Path home = app.workspace().home();
        app.workspace().requireWritable(parent.writable());
        Messages messages = Messages.of("en");
        app.checkWorkspaceFormat(messages);
        ServeSettings settings = new ServeSettings(bind, port, home, UserDirectory.defaultFile(home));
        Deployment deployment = new Deployment(trustedProxies == null ? ProxyTrust.none()
                : ProxyTrust.of(trustedProxies, "--trusted-proxy"), metricsAddress());
        WebServer server;
        try {
            server = WebServer.start(app, settings, deployment);
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
                + (server.directory()
                ? "Everyone logs in: " + users.list().size() + " user(s) in " + settings.usersFile()
                        + ", and the directory's users as " + DirectoryFile.defaultFile(home) + " maps their groups."
                : users.isEmpty()
                ? "No users file: one local user with every right (" + settings.usersFile() + " would hold accounts)."
                : "Everyone logs in: " + users.list().size() + " user(s) in " + settings.usersFile() + ".")
                + System.lineSeparator()
                + server.metricsPort().stream().mapToObj(metrics -> messages.get("serve.metrics", "http://"
                        + hostInUri(metricsBind) + ":" + metrics + "/metrics") + System.lineSeparator()).findFirst().orElse("")
                + "Open the address in a browser; Ctrl-C stops the server." + System.lineSeparator());
        System.out.flush();
        stopped.await();
        return Main.OK;
    }

    private Optional<Deployment.MetricsAddress> metricsAddress() {
        return Optional.ofNullable(metricsPort).map(port -> new Deployment.MetricsAddress(metricsBind, port));
    }

    private static String hostInUri(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
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
