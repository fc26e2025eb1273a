package kz.etalon.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.security.Roles;
import java.net.URI;
import java.util.List;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import kz.etalon.account.LoginThrottle;
import kz.etalon.account.UserDirectory;
import kz.etalon.account.directory.DirectoryFile;
import kz.etalon.account.directory.DirectorySettings;
import kz.etalon.account.directory.OidcClient;
import kz.etalon.account.directory.LdapDirectory;
import kz.etalon.app.Audit;
import kz.etalon.app.Etalon;
import kz.etalon.app.Users;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The web workspace: an embedded Jetty (through Javalin) over the application layer. Every page is a
 * part with its own routes; every request passes the {@link Gate}; every failure becomes a page.
 */
public final class WebServer implements AutoCloseable {

    /** Connections one address may hold open at once (a browser opens up to six; an office behind one address, more). */
    static final int CONNECTIONS_PER_ADDRESS = 64;
    /** How long a connection may stay silent before it is closed. */
    static final long IDLE_TIMEOUT_MS = 20_000;
    /** The slowest a request body may arrive (bytes a second): slower is answered 408 and closed. */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;

    /** The largest request body: an upload of city data (a workbook of the bundled size is about 60 KB). */
    public static final long UPLOAD_LIMIT_MB = 20;

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private final Javalin javalin;
    private final ServeSettings settings;
    private final WorkPool pool;
    private final Analyses analyses;
    private final Optional<Metrics> metrics;
    private final boolean directory;

    private WebServer(Javalin javalin, ServeSettings settings, WorkPool pool, Analyses analyses, Optional<Metrics> metrics,
                      boolean directory) {
        this.directory = directory;
        this.javalin = javalin;
        this.settings = settings;
        this.pool = pool;
        this.analyses = analyses;
        this.metrics = metrics;
    }

    /** Starts serving {@code app}'s workspace as on one desk: no proxy trusted, no metrics. */
    public static WebServer start(Etalon app, ServeSettings settings) {
        return start(app, settings, Deployment.plain());
    }

    /**
     * Starts serving {@code app}'s workspace. Refuses (an {@link InputException}) an address other than
     * loopback when there are no users to log in. Metrics are served only when {@code deployment} names
     * their address.
     */
    public static WebServer start(Etalon app, ServeSettings settings, Deployment deployment) {
        UserDirectory users = UserDirectory.open(settings.usersFile());
        Optional<DirectorySettings> directorySettings = DirectoryFile.read(
                DirectoryFile.defaultFile(app.workspace().home()), System::getenv);
        Optional<LdapDirectory> directory = directorySettings.filter(DirectorySettings::ldap).map(LdapDirectory::new);
        Optional<OidcClient> oidc = directorySettings.flatMap(DirectorySettings::oidc).map(OidcClient::new);
        if (!settings.loopback() && users.isEmpty() && directorySettings.isEmpty()) {
            throw InputException.of(Location.of(settings.usersFile()), "refusing to serve " + settings.bind()
                    + " without accounts: anyone who can reach it could use it. Add users first with"
                    + " `./etalon user add NAME --role admin`, or serve on 127.0.0.1 (the default)");
        }
        Clock clock = Clock.systemUTC();
        Sessions sessions = new Sessions(clock);
        Gate gate = new Gate(settings, users, sessions, directorySettings.isPresent());
        ResultsCache cache = new ResultsCache(app.workspace().rulesFolder());
        Audit audit = Audit.of(app.workspace().home());
        Users accounts = new Users(users, audit);
        Web web = new Web(app, new Templates(), cache, gate, new RecentResults(clock), audit);
        ErrorPages errors = new ErrorPages(web);
        Assets assets = new Assets();
        LogIn logIn = new LogIn(web, gate, users, sessions, new LoginThrottle(clock),
                directory.map(DirectoryLogIn::new));
        WorkPool pool = WorkPool.forThisMachine();
        Analyses analyses = Analyses.forThisMachine(app.workspace().rulesFolder());
        Optional<Metrics> metrics = deployment.metrics().map(address -> Metrics.start(address, pool, cache));
        HealthRoute health = new HealthRoute(app);
        Javalin javalin = Javalin.create(config -> {
            configure(config, settings, deployment.proxies());
            behindProxies(config, deployment.proxies());
            metrics.ifPresent(meter -> config.routes.before(meter::start));
            config.routes.before(health::before);
            config.routes.before(gate::before);
            config.routes.beforeMatched(RouteRights::check);
            config.routes.after(WebServer::secure);
            config.routes.after(UnreadBody::drain);
            metrics.ifPresent(meter -> config.routes.after(meter::stop));
            config.routes.after(new WorkspacePaths(app.workspace().home())::relativise);
            Routes routes = new Routes(config.routes);
            routes.get("/assets/{name}", assets::serve);
            new LanguageSwitch().routes(routes);
            logIn.routes(routes);
            oidc.ifPresentOrElse(client -> {
                logIn.offerOidc(client.settings().name());
                new OidcLogIn(web, client, new OidcPending(clock), logIn).routes(routes);
            }, () -> OidcLogIn.absent(routes));
            new HomePage(web).routes(routes);
            new StandardPage(web).routes(routes);
            new EditorPage(web).routes(routes);
            new ComparePage(web, analyses).routes(routes);
            new WhatIfPage(web, analyses).routes(routes);
            new SensitivityPage(web, pool).routes(routes);
            new DataPage(web).routes(routes);
            new ResultsPages(web).routes(routes);
            new DraftPages(web).routes(routes);
            new HistoryPage(web).routes(routes);
            new ReviewPage(web).routes(routes);
            RoundPages roundPages = new RoundPages(web);
            roundPages.routes(routes);
            new RoundQuestionPages(web, roundPages).routes(routes);
            new AdminUsersPage(web, accounts, sessions, gate).routes(routes);
            new AccountPage(web, gate, accounts, sessions).routes(routes);
            new AuditPage(web).routes(routes);
            routes.checkComplete();
            config.routes.exception(InputException.class, errors::input);
            config.routes.exception(Refused.class, errors::refused);
            config.routes.exception(RoundAccess.Forbidden.class, (e, ctx) -> RoundPages.forbidden(e, ctx, web));
            config.routes.exception(NotFound.class, errors::notFound);
            // an address no route serves gets the same translated page, not Javalin's "Endpoint GET ... not found"
            config.routes.exception(io.javalin.router.EndpointNotFound.class,
                    (e, ctx) -> errors.notFound(new NotFound(ctx.path()), ctx));
            config.routes.exception(Gate.Forged.class, errors::forged);
            config.routes.exception(Analyses.Busy.class, errors::busy);
            config.routes.exception(Analyses.OneAtATime.class, errors::analysing);
            config.routes.exception(Gate.LogInFirst.class, errors::logInFirst);
            config.routes.exception(Gate.MisdirectedHost.class, errors::misdirected);
            config.routes.exception(Gate.UsersUnreadable.class, errors::usersUnreadable);
            config.routes.exception(Gate.ChangePasswordFirst.class, errors::changePasswordFirst);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, errors::unmatched);
        });
        try {
            javalin.start(settings.bind(), settings.port());
        } catch (RuntimeException e) {
            metrics.ifPresent(Metrics::close);
            pool.close();
            analyses.close();
            throw e;
        }
        return new WebServer(javalin, settings, pool, analyses, metrics, directory.isPresent());
    }

    /** The visitor's address and scheme ({@code ctx.ip()}, {@code ctx.scheme()}) as the trusted proxies forward them. */
    private static void behindProxies(JavalinConfig config, ProxyTrust proxies) {
        if (!proxies.trustsAny()) {
            return;
        }
        config.contextResolver.ip = ctx -> proxies.clientAddress(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
        config.contextResolver.scheme = ctx -> proxies.scheme(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-Proto"),
                ctx.req().getScheme());
    }

    private static void configure(JavalinConfig config, ServeSettings settings, ProxyTrust proxies) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = UPLOAD_LIMIT_MB * 1024 * 1024;
        config.jetty.multipartConfig.maxFileSize(UPLOAD_LIMIT_MB, SizeUnit.MB);
        config.jetty.multipartConfig.maxTotalRequestSize(UPLOAD_LIMIT_MB + 1, SizeUnit.MB);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.router.ignoreTrailingSlashes = true;
        config.jetty.modifyHttpConfiguration(http -> http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND));
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(settings.bind());
            connector.setPort(settings.port());
            connector.setIdleTimeout(IDLE_TIMEOUT_MS);
            connector.addBean(new ConnectionsPerAddress(CONNECTIONS_PER_ADDRESS, proxies::trusts));
            return connector;
        });
    }

    /** Headers on every answer: the content policy (no inline script, nothing from another host) and the like. */
    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (!ctx.path().startsWith("/assets/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** The routes the server has, each as {@code METHOD path ACCESS}: its one route role. */
    List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> parsed.endpoint.method.isHttpMethod()).map(parsed -> {
            Roles roles = parsed.endpoint.metadata(Roles.class);
            String access = roles == null ? "NONE" : roles.getRoles().stream().map(String::valueOf).sorted()
                    .reduce((a, b) -> a + "," + b).orElse("NONE");
            return parsed.endpoint.method + " " + parsed.endpoint.path + " " + access;
        }).toList();
    }

    /** The analyses pages wait for (the tests count what they compute). */
    Analyses analyses() {
        return analyses;
    }

    public int port() {
        return javalin.port();
    }

    /** The address to open in a browser. */
    public URI address() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Whether users may also log in through the organisation's directory (see {@code .etalon/directory.yaml}). */
    public boolean directory() {
        return directory;
    }

    /** The port the metrics are served on, if they are. */
    public OptionalInt metricsPort() {
        return metrics.map(meter -> OptionalInt.of(meter.port())).orElse(OptionalInt.empty());
    }

    @Override
    public void close() {
        pool.close();
        analyses.close();
        javalin.stop();
        metrics.ifPresent(Metrics::close);
    }
}
