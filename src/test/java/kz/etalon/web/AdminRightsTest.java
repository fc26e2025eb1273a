package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Audit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Only an administrator reaches /admin; a form without this session's token is refused and changes nothing. */
class AdminRightsTest {

    @RegisterExtension
    final UsersWeb site = new UsersWeb(Map.of("ministry", Role.ADMIN, "vera", Role.VIEWER, "aigerim", Role.ANALYST,
            "erlan", Role.EDITOR));

    private static List<RouteRights.Route> adminRoutes() {
        return RouteRights.TABLE.stream().filter(route -> route.path().startsWith("/admin")).toList();
    }

    private static String path(RouteRights.Route route) {
        return route.path().replace("{name}", "vera");
    }

    @Test
    void everyAdminRouteNeedsTheRightToManageUsers() {
        assertThat(adminRoutes()).hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(route -> assertThat(route.access()).isEqualTo(RouteRights.Access.MANAGE_USERS));
    }

    @Test
    void aViewerAnAnalystAndAnEditorGet403OnEveryAdminRoute_andNothingChanges() throws IOException {
        Path file = UserDirectory.defaultFile(site.run().workspace());
        String before = Files.readString(file);
        for (String name : List.of("vera", "aigerim", "erlan")) {
            WebRun.Client client = site.run().loggedIn(name);
            for (RouteRights.Route route : adminRoutes()) {
                WebRun.Response response = route.method() == HandlerType.GET ? client.get(path(route))
                        : client.post(path(route), Map.of("name", "intruder", "role", "admin", "password", "long-enough-secret",
                        "city", "Aktau"));
                assertThat(response.status()).as("%s as %s", route, name).isEqualTo(403);
            }
        }
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(Files.readString(Audit.file(site.run().workspace()))).doesNotContain("\"user.");
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefused_andNothingChanges() throws IOException {
        Path file = UserDirectory.defaultFile(site.run().workspace());
        String before = Files.readString(file);
        WebRun.Client admin = site.run().loggedIn("ministry");
        admin.get("/admin/users");

        for (RouteRights.Route route : adminRoutes()) {
            if (route.method() == HandlerType.POST) {
                WebRun.Response forged = admin.postRaw(path(route), Map.of("name", "intruder", "role", "admin",
                        "password", "long-enough-secret"), Map.of());
                assertThat(forged.status()).as(route.toString()).isEqualTo(403);
            }
        }
        WebRun.Response wrongToken = admin.postRaw("/admin/users/vera/remove", Map.of(Gate.CSRF_FIELD, "not-the-token"), Map.of());

        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(Files.readString(Audit.file(site.run().workspace()))).doesNotContain("\"user.");
    }
}
