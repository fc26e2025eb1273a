package kz.etalon.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import kz.etalon.account.LoginThrottle;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Etalon;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * The web workspace: an embedded Jetty (through Javalin) over the application layer. Every page is a
 * part with its own routes; every request passes the {@link Gate}; every failure becomes a page.
 */
public final class WebServer implements AutoCloseable {

    /** The largest request body: an upload of city data (a workbook of the bundled size is about 60 KB). */
    public static final long UPLOAD_LIMIT_MB = 20;

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    private final Javalin javalin;
    private final ServeSettings settings;
    private final WorkPool pool;

    private WebServer(Javalin javalin, ServeSettings settings, WorkPool pool) {
        this.javalin = javalin;
        this.settings = settings;
        this.pool = pool;
    }

    /**
     * Starts serving {@code app}'s workspace. Refuses (an {@link InputException}) an address other than
     * loopback when there are no users to log in.
     */
    public static WebServer start(Etalon app, ServeSettings settings) {
        UserDirectory users = UserDirectory.open(settings.usersFile());
        if (!settings.loopback() && users.isEmpty()) {
            throw InputException.of(Location.of(settings.usersFile()), "refusing to serve " + settings.bind()
                    + " without accounts: anyone who can reach it could use it. Add users first with"
                    + " `./etalon user add NAME --role admin`, or serve on 127.0.0.1 (the default)");
        }
        Clock clock = Clock.systemUTC();
        Sessions sessions = new Sessions(clock);
        Gate gate = new Gate(settings, users, sessions);
        Web web = new Web(app, new Templates(), new ResultsCache(app.workspace().rulesFolder()), gate,
                new RecentResults(clock));
        ErrorPages errors = new ErrorPages(web);
        Assets assets = new Assets();
        LogIn logIn = new LogIn(web, gate, users, sessions, new LoginThrottle(clock));
        WorkPool pool = WorkPool.forThisMachine();
        Javalin javalin = Javalin.create(config -> {
            configure(config, settings);
            config.routes.before(gate::before);
            config.routes.after(WebServer::secure);
            config.routes.get("/assets/{name}", assets::serve);
            new LanguageSwitch().routes(config.routes);
            logIn.routes(config.routes);
            new HomePage(web).routes(config.routes);
            new StandardPage(web).routes(config.routes);
            new EditorPage(web).routes(config.routes);
            new ComparePage(web).routes(config.routes);
            new WhatIfPage(web).routes(config.routes);
            new SensitivityPage(web, pool).routes(config.routes);
            new DataPage(web).routes(config.routes);
            new ResultsPages(web).routes(config.routes);
            new DraftPages(web).routes(config.routes);
            new HistoryPage(web).routes(config.routes);
            new ReviewPage(web).routes(config.routes);
            new RoundPages(web).routes(config.routes);
            config.routes.exception(InputException.class, errors::input);
            config.routes.exception(Refused.class, errors::refused);
            config.routes.exception(RoundAccess.Forbidden.class, (e, ctx) -> RoundPages.forbidden(e, ctx, web));
            config.routes.exception(NotFound.class, errors::notFound);
            config.routes.exception(Gate.Forged.class, errors::forged);
            config.routes.exception(Gate.LogInFirst.class, errors::logInFirst);
            config.routes.exception(Gate.MisdirectedHost.class, errors::misdirected);
            config.routes.exception(Gate.UsersUnreadable.class, errors::usersUnreadable);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, errors::unmatched);
        });
        javalin.start(settings.bind(), settings.port());
        return new WebServer(javalin, settings, pool);
    }

    private static void configure(JavalinConfig config, ServeSettings settings) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = UPLOAD_LIMIT_MB * 1024 * 1024;
        config.jetty.multipartConfig.maxFileSize(UPLOAD_LIMIT_MB, SizeUnit.MB);
        config.jetty.multipartConfig.maxTotalRequestSize(UPLOAD_LIMIT_MB + 1, SizeUnit.MB);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.router.ignoreTrailingSlashes = true;
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

    @Override
    public void close() {
        pool.close();
        javalin.stop();
    }
}
