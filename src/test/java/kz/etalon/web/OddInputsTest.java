package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the table, called as every role (and as nobody) with odd ids, missing, empty, oversized and
 * hostile parameters, and with the wrong method: a page or a refusal each time, never a 500.
 */
class OddInputsTest {

    private static final List<String> ODD_IDS = List.of("..", "%2e%2e", "x.lock", "a..b", "kz-2019@HEAD", "kz-2019.yaml",
            "%00", "%E2%80%AE", "%0A", "-", "y".repeat(3000), "kz-2026", "nothing");
    private static final List<String> ODD_VALUES = List.of("", "../../../../etc/passwd\u0000\t\n\u202E<script>%",
            "uploads/../../standards/kz-2019.yaml@HEAD~1", "-99999999999999999999", "z".repeat(2000));
    private static final List<String> PARAMETERS = List.of("standard", "standard2", "data", "data2", "city", "after",
            "before", "goal", "target", "fill", "lang", "format", "back", "next", "notice", "text", "base", "message",
            "comment", "version", "from", "id", "year", "revision", "runs", "noise", "seed", "name", "password", "token");
    private static final Map<String, Role> USERS = Map.of("vera", Role.VIEWER, "ana", Role.ANALYST, "edna", Role.EDITOR,
            "ada", Role.ADMIN);

    @TempDir
    static Path dir;
    static WebRun web;

    @BeforeAll
    static void serve() {
        web = WebRun.withUsers(dir, USERS);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static List<WebRun.Client> everyone() {
        List<WebRun.Client> clients = new ArrayList<>();
        clients.add(web.client());
        List.of("vera", "ana", "edna", "ada").forEach(name -> clients.add(web.loggedIn(name)));
        return clients;
    }

    @Test
    void oddIdsInThePathAreNeverA500() {
        List<String> failures = new ArrayList<>();
        for (WebRun.Client client : everyone()) {
            for (RouteRights.Route route : routes()) {
                if (!route.path().contains("{")) {
                    continue;
                }
                for (String id : ODD_IDS) {
                    String path = route.path().replaceAll("\\{[a-z]+}", id.replace("/", "%2F"));
                    failures.addAll(call(client, route.method().name(), path, Map.of()));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void oddParametersAreNeverA500() {
        List<String> failures = new ArrayList<>();
        for (WebRun.Client client : everyone()) {
            for (RouteRights.Route route : routes()) {
                String path = plain(route);
                failures.addAll(call(client, route.method().name(), path, Map.of()));
                for (String value : ODD_VALUES) {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    PARAMETERS.forEach(name -> parameters.put(name, value));
                    failures.addAll(call(client, route.method().name(), path, parameters));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Every route but log-out, which would end the session the next calls are made in. */
    private static List<RouteRights.Route> routes() {
        return RouteRights.TABLE.stream().filter(route -> !route.path().equals("/logout")).toList();
    }

    private static String plain(RouteRights.Route route) {
        return route.path().replace("{id}", "kz-2026").replace("{format}", "html").replace("{name}", "etalon.css")
                .replace("{code}", "ru")
                .replace("{city}", "Aktau").replace("{indicator}", "ctm.01");
    }

    @Test
    void anOversizedFormIsNeverA500() {
        List<String> failures = new ArrayList<>();
        String huge = "w".repeat(1024 * 1024);
        for (WebRun.Client client : everyone()) {
            for (RouteRights.Route route : routes()) {
                if (route.method().name().equals("POST")) {
                    String path = route.path().replace("{id}", "kz-2026").replace("{city}", "Aktau").replace("{indicator}", "ctm.01")
                            .replace("{name}", "nobody");
                    failures.addAll(call(client, "POST", path, Map.of("text", huge, "comment", huge)));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theWrongMethodIsNeverA500() {
        List<String> failures = new ArrayList<>();
        List<WebRun.Client> clients = everyone();
        for (WebRun.Client client : List.of(clients.get(0), clients.get(clients.size() - 1))) {
            for (RouteRights.Route route : routes()) {
                String path = plain(route);
                for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD")) {
                    if (!method.equals(route.method().name())) {
                        failures.addAll(call(client, method, path, Map.of()));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** The call, as a query for GET and HEAD and a form (with the client's token) otherwise: what went wrong, if anything. */
    private static List<String> call(WebRun.Client client, String method, String path, Map<String, String> parameters) {
        WebRun.Response answer;
        try {
            answer = send(client, method, path, parameters);
        } catch (java.io.UncheckedIOException closed) {
            // a connection the server had closed after its last answer, reused by the client: asked again, as a browser does
            try {
                answer = send(client, method, path, parameters);
            } catch (java.io.UncheckedIOException e) {
                return List.of(method + " " + path + " " + parameters.keySet() + " -> no answer: " + e.getMessage());
            }
        }
        if (answer.status() >= 500 && answer.status() != 503) {
            String body = answer.body();
            return List.of(method + " " + path + " " + parameters.keySet() + " -> " + answer.status() + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
        return List.of();
    }

    private static WebRun.Response send(WebRun.Client client, String method, String path, Map<String, String> parameters) {
        WebRun.Response answer;
        if (method.equals("GET") || method.equals("HEAD")) {
            StringBuilder query = new StringBuilder();
            parameters.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            answer = client.send(method, path + query, Map.of());
        } else {
            Map<String, String> form = new LinkedHashMap<>(parameters);
            if (client.csrf().isEmpty()) {
                client.get("/");
            }
            form.putIfAbsent(Gate.CSRF_FIELD, client.csrf());
            answer = client.send(method, path, form);
        }
        return answer;
    }
}
