package kz.etalon.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * How a page adds its routes: only a route {@link RouteRights} declares, with its access as the route's role.
 * A route the table does not declare cannot be added, and a declared route no page added is an error when
 * the server starts ({@link #checkComplete}).
 */
final class Routes {

    private final RoutesConfig config;
    private final List<String> added = new ArrayList<>();

    Routes(RoutesConfig config) {
        this.config = config;
    }

    Routes get(String path, Handler handler) {
        return add(HandlerType.GET, path, handler);
    }

    Routes post(String path, Handler handler) {
        return add(HandlerType.POST, path, handler);
    }

    <E extends Exception> Routes exception(Class<E> type, ExceptionHandler<? super E> handler) {
        config.exception(type, handler);
        return this;
    }

    private Routes add(HandlerType method, String path, Handler handler) {
        RouteRights.Access access = RouteRights.of(method, path).orElseThrow(() -> new IllegalStateException(
                "the route " + method + " " + path + " declares no right: add it to RouteRights.TABLE"));
        config.addHttpHandler(method, path, handler, access);
        added.add(method + " " + path);
        return this;
    }

    /** Every route of the table was added by a page. */
    void checkComplete() {
        List<String> missing = RouteRights.TABLE.stream().map(route -> route.method() + " " + route.path())
                .filter(route -> !added.contains(route)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("routes declared in RouteRights.TABLE that no page adds: " + missing);
        }
    }
}
