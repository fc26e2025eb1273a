package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route declares the right it needs in one table, the server has exactly those routes, and each right holds. */
class RouteRightsTest {

    /** Written out by hand: a new route, or a route's right changed, is a change here too. */
    private static final List<String> EXPECTED = List.of(
            "GET /assets/{name} PUBLIC",
            "GET /language/{code} PUBLIC",
            "GET /login PUBLIC",
            "POST /login PUBLIC",
            "GET /login/oidc PUBLIC",
            "GET /login/oidc/callback PUBLIC",
            "POST /logout SIGNED_IN",
            "GET / READ",
            "GET /standards/{id} READ",
            "GET /standards/{id}/history READ",
            "GET /schema/etalon-v1.json READ",
            "GET /review READ",
            "GET /results READ",
            "GET /results/city READ",
            "GET /results/areas READ",
            "GET /results/download/{format} READ",
            "GET /data READ",
            "GET /data/template READ",
            "GET /compare ANALYSE",
            "GET /whatif ANALYSE",
            "GET /sensitivity READ",
            "GET /jobs/{id} READ",
            "GET /jobs/{id}/progress READ",
            "POST /jobs/{id}/cancel READ",
            "POST /sensitivity ANALYSE",
            "POST /data UPLOAD",
            "GET /standards/{id}/edit EDIT_STANDARD",
            "POST /standards/{id}/check EDIT_STANDARD",
            "POST /standards/{id}/edit EDIT_STANDARD",
            "POST /standards/{id}/preview EDIT_STANDARD",
            "POST /standards/{id}/save EDIT_STANDARD",
            "POST /standards/new EDIT_STANDARD",
            "POST /standards/{id}/restore EDIT_STANDARD",
            "POST /standards/{id}/submit EDIT_STANDARD",
            "POST /standards/{id}/approve PUBLISH",
            "POST /standards/{id}/send-back PUBLISH",
            "GET /rounds READ",
            "POST /rounds MANAGE_USERS",
            "GET /rounds/{id} READ",
            "GET /rounds/{id}/cities/{city} READ",
            "GET /rounds/{id}/cities/{city}/values/{indicator}/history READ",
            "POST /rounds/{id}/cities/{city}/values/{indicator} UPLOAD",
            "POST /rounds/{id}/cities/{city}/submit UPLOAD",
            "POST /rounds/{id}/cities/{city}/return PUBLISH",
            "POST /rounds/{id}/cities/{city}/approve PUBLISH",
            "POST /rounds/{id}/cities/{city}/reopen MANAGE_USERS",
            "POST /rounds/{id}/cities/{city}/values/{indicator}/questions PUBLISH",
            "POST /rounds/{id}/cities/{city}/values/{indicator}/answers UPLOAD",
            "GET /account/password SIGNED_IN",
            "POST /account/password SIGNED_IN",
            "GET /admin/users MANAGE_USERS",
            "POST /admin/users MANAGE_USERS",
            "POST /admin/users/{name}/role MANAGE_USERS",
            "POST /admin/users/{name}/city MANAGE_USERS",
            "POST /admin/users/{name}/disable MANAGE_USERS",
            "POST /admin/users/{name}/enable MANAGE_USERS",
            "POST /admin/users/{name}/password MANAGE_USERS",
            "POST /admin/users/{name}/remove MANAGE_USERS",
            "GET /admin/audit MANAGE_USERS");

    @TempDir
    static Path dir;
    static WebRun web;

    @BeforeAll
    static void serve() {
        web = WebRun.withUsers(dir, Map.of("vera", Role.VIEWER, "ana", Role.ANALYST, "edna", Role.EDITOR));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theTableListsEveryRouteWithItsRight() {
        assertThat(RouteRights.TABLE.stream().map(RouteRights.Route::toString).toList())
                .containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    @Test
    void theServerHasExactlyTheRoutesOfTheTable_eachWithItsRightAsItsOneRole() {
        assertThat(web.server().routes()).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    @Test
    void aRouteTheTableDoesNotDeclareCannotBeAdded() {
        Javalin.create(config -> {
            Routes routes = new Routes(config.routes);
            assertThatThrownBy(() -> routes.get("/undeclared", ctx -> ctx.result("open")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("GET /undeclared");
            assertThatThrownBy(() -> routes.post("/results", ctx -> ctx.result("open")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("POST /results");
        });
    }

    @Test
    void aRouteAddedByNoPageIsAnErrorAtStart() {
        Javalin.create(config -> {
            Routes routes = new Routes(config.routes);
            routes.get("/", ctx -> ctx.result("home"));
            assertThatThrownBy(routes::checkComplete).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("POST /data");
        });
    }

    @Test
    void eachRightHolds_aRoleWithoutItIsRefusedOnEveryRouteThatNeedsIt() {
        Map<String, Role> users = Map.of("vera", Role.VIEWER, "ana", Role.ANALYST, "edna", Role.EDITOR);
        users.forEach((name, role) -> {
            WebRun.Client client = web.loggedIn(name);
            for (RouteRights.Route route : RouteRights.TABLE) {
                if (route.access().right() == null || role.allows(route.access().right())) {
                    continue;
                }
                String path = route.path().replace("{id}", "kz-2026").replace("{format}", "csv")
                        .replace("{city}", "Aktau").replace("{indicator}", "ctm.01").replace("{name}", "vera");
                int status = route.method().name().equals("GET") ? client.get(path).status()
                        : client.post(path, Map.of()).status();
                assertThat(status).as(name + " " + route).isEqualTo(403);
            }
        });
    }
}
