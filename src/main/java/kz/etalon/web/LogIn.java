package kz.etalon.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import kz.etalon.account.Account;
import kz.etalon.account.LoginThrottle;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Audit;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import kz.etalon.app.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log-in and log-out. The log-in form carries a token that must match a cookie set with it (so no other
 * site can log a visitor in under its own account); every attempt is counted before its password is
 * checked, per name from an address (then refused for a while) and per address (then slowed down), see
 * {@link LoginThrottle}, and each failure is logged. A new session id is made at every log-in.
 */
public final class LogIn {

    static final String FORM_COOKIE = "etalon-login";
    private static final Logger LOG = LoggerFactory.getLogger("etalon.web.login");
    /** A password check costs about 0.1 s of a core and 19 MiB (Argon2id): two at a time, the rest wait their turn. */
    private static final java.util.concurrent.Semaphore HASHING = new java.util.concurrent.Semaphore(2, true);

    /** What the log-in page shows: where to go after, the form's token, a message after a failed try. */
    public record LogInModel(String next, String token, String message, String name, String oidcName) {
    }

    private final Web web;
    private final Gate gate;
    private final UserDirectory users;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    private final Optional<DirectoryLogIn> directory;
    /** The provider named on the "Sign in with" button; empty when there is no {@code oidc:} section. */
    private String oidcName = "";

    LogIn(Web web, Gate gate, UserDirectory users, Sessions sessions, LoginThrottle throttle) {
        this(web, gate, users, sessions, throttle, Optional.empty());
    }

    LogIn(Web web, Gate gate, UserDirectory users, Sessions sessions, LoginThrottle throttle,
          Optional<DirectoryLogIn> directory) {
        this.directory = directory;
        this.web = web;
        this.gate = gate;
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    void routes(Routes routes) {
        routes.get("/login", this::form);
        routes.post("/login", this::logIn);
        routes.post("/logout", this::logOut);
    }

    private void form(Context ctx) {
        if (!gate.accounts()) {
            ctx.redirect("/");
            return;
        }
        show(ctx, 200, "", "");
    }

    void show(Context ctx, int status, String message, String name) {
        String token = Sessions.token();
        ctx.cookie(Gate.cookie(FORM_COOKIE, token, 3600));
        String next = LocalPath.of(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next"));
        ctx.status(status);
        web.render(ctx, "login.jte", new LogInModel(next, token, message, name, oidcName));
    }

    private void logIn(Context ctx) {
        Gate.checkOrigin(ctx);
        if (!Sessions.same(ctx.cookie(FORM_COOKIE), ctx.formParam("token"))) {
            throw new Gate.Forged();
        }
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String address = ctx.ip();
        Words words = new Words(Visitor.of(ctx).language());
        LoginThrottle.Attempt attempt = throttle.attempt(name, address);
        if (attempt instanceof LoginThrottle.Attempt.Refused refused) {
            Duration wait = refused.retryAfter();
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            ctx.header("Retry-After", String.valueOf(wait.toSeconds()));
            LOG.warn("log-in refused for {} from {}: too many failed attempts", printable(name), address);
            audit(name, address, AuditKind.LOG_IN_REFUSED, AuditEntry.Outcome.REFUSED, "throttled");
            show(ctx, 429, words.t("login.throttled", minutes), name);
            return;
        }
        pause(((LoginThrottle.Attempt.Allowed) attempt).pause());
        char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
        if (directory.isPresent() && Gate.readable(() -> users.find(name)).isEmpty()) {
            try {
                directory.get().logIn(this, ctx, name, password, words);
            } finally {
                Arrays.fill(password, '\0');
            }
            return;
        }
        UserDirectory.Verification verified;
        try {
            HASHING.acquire();
            try {
                verified = Gate.readable(() -> users.check(name, password));
            } finally {
                HASHING.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to check a password", e);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (verified.account().isPresent() && verified.disabled()) {
            LOG.warn("log-in of disabled user {} from {} refused", printable(name), address);
            audit(name, address, AuditKind.LOG_IN_REFUSED, AuditEntry.Outcome.REFUSED, "disabled");
            show(ctx, 403, words.t("login.disabled"), name);
            return;
        }
        Optional<Account> account = verified.account();
        if (account.isEmpty()) {
            LOG.warn("failed log-in for {} from {}", printable(name), address);
            audit(name, address, AuditKind.LOG_IN_FAILED, AuditEntry.Outcome.FAILED, "");
            show(ctx, 401, words.t("login.failed"), name);
            return;
        }
        String stamp = Gate.readable(() -> users.stamp(account.get().name())).orElse("");
        openSession(ctx, name, sessions.open(account.get().name(), stamp));
        audit(account.get().name(), address, AuditKind.LOG_IN, AuditEntry.Outcome.OK,
                verified.mustChangePassword() ? Users.ONE_TIME : "");
        String next = verified.mustChangePassword() ? AccountPage.PATH : LocalPath.of(ctx.formParam("next"));
        ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** After a right password: the throttle forgets the failures, and a new session replaces any old one. */
    void openSession(Context ctx, String typedName, Sessions.Session session) {
        throttle.succeeded(typedName, ctx.ip());
        sessions.close(ctx.cookie(Gate.SESSION_COOKIE));
        gate.setSessionCookie(ctx, session.id());
        ctx.cookie(Gate.cookie(FORM_COOKIE, "", 0));
    }

    void offerOidc(String providerName) {
        this.oidcName = providerName;
    }

    Sessions sessions() {
        return sessions;
    }

    /** A log-in event: the user's name when there is such a user, never the password. */
    private void audit(String name, String address, AuditKind kind, AuditEntry.Outcome outcome, String detail) {
        audit(Gate.readable(() -> users.find(name)).map(Account::name), address, kind, outcome, detail);
    }

    /** A log-in event of the user named {@code known}, or of a name no user has. */
    void audit(Optional<String> known, String address, AuditKind kind, AuditEntry.Outcome outcome, String detail) {
        // a name no user has is not written: it is often a password typed into the wrong field
        String who = known.orElse(UNKNOWN_NAME);
        String why = known.isPresent() ? detail : detail.isEmpty() ? UNKNOWN_NAME : detail + "; " + UNKNOWN_NAME;
        web.audit().record(new Audit.Actor(who, address), kind, who, outcome, why);
    }

    /** What the audit log says for a name no user has. */
    static final String UNKNOWN_NAME = "unknown-name";

    /** An address with many failures waits before its password is checked: slowed down, never locked out. */
    private static void pause(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while slowing down log-ins from one address", e);
        }
    }

    private void logOut(Context ctx) {
        if (gate.accounts()) {
            web.audit(ctx, AuditKind.LOG_OUT, Visitor.of(ctx).account().name(), AuditEntry.Outcome.OK, "");
        }
        sessions.close(ctx.cookie(Gate.SESSION_COOKIE));
        gate.clearSessionCookie(ctx);
        ctx.redirect(gate.accounts() ? "/login" : "/", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** A name as it may go into the log: no line breaks or control characters from a visitor. */
    static String printable(String text) {
        String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
