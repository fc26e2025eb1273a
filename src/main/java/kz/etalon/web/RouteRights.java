package kz.etalon.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.etalon.account.Right;

/**
 * Every route of the web workspace and the right it needs, in one table. A page adds its routes through
 * {@link Routes}, which refuses a route this table does not declare and gives each the declared
 * {@link Access} as its Javalin route role; {@link #check} (a {@code beforeMatched} handler) then holds
 * every request to it. A page may check more (whose job a job is, a city user's own city), never less.
 */
final class RouteRights {

    /** Who may call a route: anyone (the log-in, the assets), anyone logged in, or who holds a right. */
    enum Access implements RouteRole {
        PUBLIC(null),
        SIGNED_IN(null),
        READ(Right.READ),
        ANALYSE(Right.ANALYSE),
        UPLOAD(Right.UPLOAD),
        EDIT_STANDARD(Right.EDIT_STANDARD),
        PUBLISH(Right.PUBLISH),
        MANAGE_USERS(Right.MANAGE_USERS);

        private final Right right;

        Access(Right right) {
            this.right = right;
        }

        /** The right this access needs; null for PUBLIC and SIGNED_IN. */
        Right right() {
            return right;
        }
    }

    /** One route: its method, its path as Javalin writes it, and who may call it. */
    record Route(HandlerType method, String path, Access access) {

        @Override
        public String toString() {
            return method + " " + path + " " + access;
        }
    }

    static final List<Route> TABLE = List.of(
            get("/assets/{name}", Access.PUBLIC),
            get("/language/{code}", Access.PUBLIC),
            get("/login", Access.PUBLIC),
            post("/login", Access.PUBLIC),
            get("/login/oidc", Access.PUBLIC),
            get("/login/oidc/callback", Access.PUBLIC),
            post("/logout", Access.SIGNED_IN),
            get("/", Access.READ),
            get("/standards/{id}", Access.READ),
            get("/standards/{id}/history", Access.READ),
            get("/schema/etalon-v1.json", Access.READ),
            get("/review", Access.READ),
            get("/results", Access.READ),
            get("/results/city", Access.READ),
            get("/results/areas", Access.READ),
            get("/results/download/{format}", Access.READ),
            get("/data", Access.READ),
            get("/data/template", Access.READ),
            get("/compare", Access.ANALYSE),
            get("/whatif", Access.ANALYSE),
            get("/sensitivity", Access.READ),
            get("/jobs/{id}", Access.READ),
            get("/jobs/{id}/progress", Access.READ),
            post("/jobs/{id}/cancel", Access.READ),
            post("/sensitivity", Access.ANALYSE),
            post("/data", Access.UPLOAD),
            get("/standards/{id}/edit", Access.EDIT_STANDARD),
            post("/standards/{id}/check", Access.EDIT_STANDARD),
            post("/standards/{id}/edit", Access.EDIT_STANDARD),
            post("/standards/{id}/preview", Access.EDIT_STANDARD),
            post("/standards/{id}/save", Access.EDIT_STANDARD),
            post("/standards/new", Access.EDIT_STANDARD),
            post("/standards/{id}/restore", Access.EDIT_STANDARD),
            post("/standards/{id}/submit", Access.EDIT_STANDARD),
            post("/standards/{id}/approve", Access.PUBLISH),
            post("/standards/{id}/send-back", Access.PUBLISH),
            // a round's pages check more: an akimat's account only its own city, a reviewer no city of its own
            get("/rounds", Access.READ),
            post("/rounds", Access.MANAGE_USERS),
            get("/rounds/{id}", Access.READ),
            get("/rounds/{id}/cities/{city}", Access.READ),
            get("/rounds/{id}/cities/{city}/values/{indicator}/history", Access.READ),
            post("/rounds/{id}/cities/{city}/values/{indicator}", Access.UPLOAD),
            post("/rounds/{id}/cities/{city}/submit", Access.UPLOAD),
            post("/rounds/{id}/cities/{city}/return", Access.PUBLISH),
            post("/rounds/{id}/cities/{city}/approve", Access.PUBLISH),
            post("/rounds/{id}/cities/{city}/reopen", Access.MANAGE_USERS),
            post("/rounds/{id}/cities/{city}/values/{indicator}/questions", Access.PUBLISH),
            post("/rounds/{id}/cities/{city}/values/{indicator}/answers", Access.UPLOAD),
            // a user's own password: whoever is logged in (also one who must change it before anything else)
            get("/account/password", Access.SIGNED_IN),
            post("/account/password", Access.SIGNED_IN),
            get("/admin/users", Access.MANAGE_USERS),
            post("/admin/users", Access.MANAGE_USERS),
            post("/admin/users/{name}/role", Access.MANAGE_USERS),
            post("/admin/users/{name}/city", Access.MANAGE_USERS),
            post("/admin/users/{name}/disable", Access.MANAGE_USERS),
            post("/admin/users/{name}/enable", Access.MANAGE_USERS),
            post("/admin/users/{name}/password", Access.MANAGE_USERS),
            post("/admin/users/{name}/remove", Access.MANAGE_USERS),
            get("/admin/audit", Access.MANAGE_USERS));

    private RouteRights() {
    }

    private static Route get(String path, Access access) {
        return new Route(HandlerType.GET, path, access);
    }

    private static Route post(String path, Access access) {
        return new Route(HandlerType.POST, path, access);
    }

    private static Access declared(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.size() != 1 || !(roles.iterator().next() instanceof Access access)) {
            throw new IllegalStateException("the route " + ctx.method() + " " + ctx.endpoint().path
                    + " was added without its declared access");
        }
        return access;
    }

    /** The access of the GET route whose path matches {@code path}; the strictest there is when none does. */
    private static Access ofGet(String path) {
        return TABLE.stream().filter(route -> route.method().equals(HandlerType.GET))
                .filter(route -> path.matches(route.path().replaceAll("\\{[a-z]+}", "[^/]+")))
                .map(Route::access).findFirst().orElse(Access.MANAGE_USERS);
    }

    /** The access the table declares for a route, if it declares one. */
    static Optional<Access> of(HandlerType method, String path) {
        return TABLE.stream().filter(route -> route.method().equals(method) && route.path().equals(path))
                .map(Route::access).findFirst();
    }

    /**
     * Before a matched route runs: its declared access holds, or the request is refused (403, or log in
     * first). A HEAD request (which Javalin answers with the GET route of its path) needs what that GET needs.
     */
    static void check(Context ctx) {
        Access access = ctx.method().equals(HandlerType.HEAD) ? ofGet(ctx.path()) : declared(ctx);
        if (access == Access.PUBLIC) {
            return;
        }
        Visitor visitor = Visitor.of(ctx);
        if (!visitor.signedIn()) {
            throw new Gate.LogInFirst();
        }
        if (access.right() != null) {
            Visitor.require(ctx, access.right());
        }
    }
}
