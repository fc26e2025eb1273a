package kz.etalon.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kz.etalon.account.Account;
import kz.etalon.account.UserDirectory;
import kz.etalon.i18n.Messages;

/**
 * What every request passes before its page: the Host check that keeps a loopback server from being
 * reached through another name (DNS rebinding), the visitor's language, their session (or a log-in
 * first), and for every request that changes something its CSRF token and Origin.
 *
 * <p>With no users file on a loopback address there is one local user with every right, who still gets a
 * session so that a page on another site cannot post in their name.
 */
final class Gate {

    static final String SESSION_COOKIE = "etalon-session";
    static final String LANGUAGE_COOKIE = "etalon-lang";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("etalon.web");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final ServeSettings settings;
    private final UserDirectory users;
    private final Sessions sessions;

    private final boolean directory;

    Gate(ServeSettings settings, UserDirectory users, Sessions sessions) {
        this(settings, users, sessions, false);
    }

    /** {@code directory}: whether users may also log in through the organisation's directory. */
    Gate(ServeSettings settings, UserDirectory users, Sessions sessions, boolean directory) {
        this.settings = settings;
        this.users = users;
        this.sessions = sessions;
        this.directory = directory;
    }

    /** Whether visitors must log in: any users file or directory, or any address but loopback. */
    boolean accounts() {
        return directory || !settings.loopback() || !readable(users::isEmpty);
    }

    /**
     * An answer of the users file; a file made malformed while the server runs lets nobody in (the
     * administrator sees where it is broken in the log) rather than letting everybody in.
     */
    static <T> T readable(java.util.function.Supplier<T> answer) {
        try {
            return answer.get();
        } catch (kz.etalon.problem.InputException e) {
            LOG.error("the users file cannot be read; nobody can log in until it is corrected:\n{}", e.getMessage());
            throw new UsersUnreadable();
        }
    }

    void before(Context ctx) {
        checkHost(ctx);
        String language = language(ctx);
        if (isPublic(ctx.path())) {
            Visitor.set(ctx, new Visitor(null, language, null));
            return;
        }
        Optional<Sessions.Session> session = sessions.find(ctx.cookie(SESSION_COOKIE));
        Optional<Account> account = session.flatMap(this::account);
        if (account.isEmpty() && !accounts()) {
            Sessions.Session local = sessions.open(Account.local().name(), "");
            setSessionCookie(ctx, local.id());
            session = Optional.of(local);
            account = Optional.of(Account.local());
        }
        if (account.isEmpty()) {
            session.ifPresent(gone -> sessions.close(gone.id()));
            throw new LogInFirst();
        }
        if (!SAFE.contains(ctx.method())) {
            checkOrigin(ctx);
            String token = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> ctx.formParam(CSRF_FIELD));
            if (!Sessions.same(session.get().csrf(), token)) {
                throw new Forged();
            }
        }
        Visitor.set(ctx, new Visitor(account.get(), language, session.get().csrf()));
        if (mustChangePassword(account.get()) && !CHANGING_PASSWORD.contains(ctx.path())) {
            throw new ChangePasswordFirst();
        }
    }

    /** The pages a user whose password was set for one log-in may open before choosing their own. */
    private static final Set<String> CHANGING_PASSWORD = Set.of(AccountPage.PATH, "/logout");

    private boolean mustChangePassword(Account account) {
        return accounts() && readable(() -> users.flags(account.name())).map(kz.etalon.account.Flags::mustChangePassword)
                .orElse(false);
    }

    /**
     * The session's account, if it still is as it was at log-in: a user whose password, role or city changed,
     * or who was removed (also by another process, in the users file), has no session any more.
     */
    private Optional<Account> account(Sessions.Session session) {
        if (!accounts()) {
            return Optional.of(Account.local());
        }
        if (session.granted().isPresent()) {
            // the directory's answer holds for the session; a local user of that name since then ends it
            return readable(() -> users.find(session.account())).isPresent() ? Optional.empty() : session.granted();
        }
        boolean unchanged = readable(() -> users.stamp(session.account())).filter(session.stamp()::equals).isPresent();
        boolean disabled = readable(() -> users.flags(session.account())).map(kz.etalon.account.Flags::disabled).orElse(true);
        return unchanged && !disabled ? readable(() -> users.find(session.account())) : Optional.empty();
    }

    void setSessionCookie(Context ctx, String id) {
        ctx.cookie(cookie(SESSION_COOKIE, id, -1));
    }

    void clearSessionCookie(Context ctx) {
        ctx.cookie(cookie(SESSION_COOKIE, "", 0));
    }

    static Cookie cookie(String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value, "/", maxAge, false, true, null, SameSite.STRICT);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        return cookie;
    }

    private static boolean isPublic(String path) {
        return path.startsWith("/assets/") || path.equals("/login") || path.startsWith("/login/oidc") || path.startsWith("/language/")
                || path.equals("/favicon.ico");
    }

    /** A loopback server answers only to loopback names, so a page on another site cannot reach it by DNS. */
    private void checkHost(Context ctx) {
        if (!settings.loopback()) {
            return;
        }
        String host = Optional.ofNullable(ctx.header("Host")).orElse("");
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d+$", "");
        if (!LOOPBACK_HOSTS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new MisdirectedHost(host);
        }
    }

    /** A browser names the page a form came from; one from another site is refused even with a token. */
    static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = ctx.header("Host");
        try {
            URI uri = URI.create(origin);
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            if (host == null || !host.equalsIgnoreCase(originHost)) {
                throw new Forged();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Forged();
        }
    }

    /** The language cookie, else the first of en, ru, kk the browser asks for, else English. */
    static String language(Context ctx) {
        String chosen = ctx.cookie(LANGUAGE_COOKIE);
        if (chosen != null && Messages.LANGUAGES.contains(chosen)) {
            return chosen;
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(accept);
                for (Locale.LanguageRange range : ranges) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (Messages.LANGUAGES.contains(language) && range.getWeight() > 0) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header is no preference
            }
        }
        return "en";
    }

    /** The users file is broken: nobody is let in until it is corrected. */
    static final class UsersUnreadable extends RuntimeException {
        UsersUnreadable() {
            super("the users file cannot be read", null, false, false);
        }
    }

    /** No session: the log-in page first. */
    static final class LogInFirst extends RuntimeException {
        LogInFirst() {
            super("log in first", null, false, false);
        }
    }

    /** A user whose password was set by an administrator for one log-in: their own password first. */
    static final class ChangePasswordFirst extends RuntimeException {
        ChangePasswordFirst() {
            super("change the one-time password first", null, false, false);
        }
    }

    /** A request that changes something without this session's token, or from another site. */
    static final class Forged extends RuntimeException {
        Forged() {
            super("no valid CSRF token or a foreign origin", null, false, false);
        }
    }

    /** A loopback server reached under a name other than a loopback one. */
    static final class MisdirectedHost extends RuntimeException {
        MisdirectedHost(String host) {
            super("host " + host, null, false, false);
        }
    }
}
