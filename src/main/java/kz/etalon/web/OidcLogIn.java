package kz.etalon.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import kz.etalon.account.Account;
import kz.etalon.account.directory.OidcClient;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in through the organisation's OpenID Connect provider: {@code GET /login/oidc} sends the browser
 * there with a state, a nonce and a PKCE challenge kept on the server for it; {@code GET /login/oidc/callback}
 * takes them back (once), has the code exchanged and the ID token checked, and opens a session as a
 * directory log-in does. A state that does not match, or a code refused, gets a 400 page, never a session.
 */
final class OidcLogIn {

    static final String COOKIE = "etalon-oidc";
    private static final Logger LOG = LoggerFactory.getLogger("etalon.web.login");

    private final OidcClient client;
    private final OidcPending pending;
    private final LogIn page;
    private final Web web;

    OidcLogIn(Web web, OidcClient client, OidcPending pending, LogIn page) {
        this.web = web;
        this.client = client;
        this.pending = pending;
        this.page = page;
    }

    void routes(Routes routes) {
        routes.get("/login/oidc", this::start);
        routes.get("/login/oidc/callback", this::callback);
    }

    /** Without an {@code oidc:} section there is no such sign-in: its addresses are not found. */
    static void absent(Routes routes) {
        routes.get("/login/oidc", ctx -> {
            throw new NotFound("OpenID Connect sign-in (no `oidc:` in the directory file)");
        });
        routes.get("/login/oidc/callback", ctx -> {
            throw new NotFound("OpenID Connect sign-in (no `oidc:` in the directory file)");
        });
    }

    /** Lax, not Strict: the browser must send it when the provider's site sends it back to the callback. */
    private static Cookie cookie(String value, int maxAge) {
        Cookie cookie = Gate.cookie(COOKIE, value, maxAge);
        cookie.setSameSite(SameSite.LAX);
        return cookie;
    }

    private void start(Context ctx) {
        Words words = new Words(Visitor.of(ctx).language());
        OidcClient.Start start;
        try {
            start = client.start();
        } catch (OidcClient.Unreachable e) {
            LOG.error("the OpenID Connect provider cannot be asked, so its users cannot sign in: {}", e.getMessage());
            page.show(ctx, 503, words.t("login.oidc.unavailable", client.settings().contact()), "");
            return;
        }
        String browser = Sessions.token();
        pending.put(browser, start.state(), start.nonce(), start.verifier(), LocalPath.of(ctx.queryParam("next")));
        ctx.cookie(cookie(browser, (int) OidcPending.LIFETIME.toSeconds()));
        ctx.redirect(start.authorize().toString(), HttpStatus.SEE_OTHER);
    }

    private void callback(Context ctx) {
        Words words = new Words(Visitor.of(ctx).language());
        String address = ctx.ip();
        Optional<OidcPending.Pending> started = pending.take(ctx.cookie(COOKIE));
        ctx.cookie(cookie("", 0));
        String code = ctx.queryParam("code");
        if (started.isEmpty() || !Sessions.same(started.get().state(), ctx.queryParam("state")) || code == null) {
            LOG.warn("OpenID Connect callback from {} refused: {}", address, started.isEmpty() ? "no sign-in started here"
                    : code == null ? "no code (" + LogIn.printable(String.valueOf(ctx.queryParam("error"))) + ")" : "state differs");
            page.audit(Optional.empty(), address, AuditKind.LOG_IN_FAILED, AuditEntry.Outcome.FAILED, "oidc: bad state or code");
            page.show(ctx, 400, words.t("login.oidc.badState"), "");
            return;
        }
        OidcClient.Answer answer = client.finish(code, started.get().nonce(), started.get().verifier());
        if (answer instanceof OidcClient.Answer.Granted granted) {
            Account account = granted.account();
            page.openSession(ctx, account.name(), page.sessions().openGranted(account));
            page.audit(Optional.of(account.name()), address, AuditKind.LOG_IN, AuditEntry.Outcome.OK,
                    "oidc: " + account.role().id() + account.city().map(city -> ", " + city).orElse(""));
            // a page of ours goes on, not a redirect: the session cookie (SameSite=Strict) is not sent on a
            // redirect chain that the provider's site started
            web.render(ctx, "oidcDone.jte", started.get().next());
        } else if (answer instanceof OidcClient.Answer.NoGroup none) {
            LOG.warn("OpenID Connect user {} from {} refused: in no group that gives a role", LogIn.printable(none.name()), address);
            page.audit(Optional.of(none.name()), address, AuditKind.LOG_IN_REFUSED, AuditEntry.Outcome.REFUSED,
                    "oidc: in no mapped group");
            page.show(ctx, 403, words.t("login.oidc.noGroup", client.settings().contact()), "");
        } else if (answer instanceof OidcClient.Answer.Refused refused) {
            LOG.warn("OpenID Connect sign-in from {} refused: {}", address, LogIn.printable(refused.why()));
            page.audit(Optional.empty(), address, AuditKind.LOG_IN_FAILED, AuditEntry.Outcome.FAILED, "oidc: code or token refused");
            page.show(ctx, 400, words.t("login.oidc.badState"), "");
        } else if (answer instanceof OidcClient.Answer.Unavailable down) {
            LOG.error("the OpenID Connect provider cannot be asked, so its users cannot sign in: {}", down.why());
            page.show(ctx, 503, words.t("login.oidc.unavailable", client.settings().contact()), "");
        }
    }
}
