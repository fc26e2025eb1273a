package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.etalon.account.Role;
import kz.etalon.app.CopiedWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthAndMetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void healthAnswers200WithTheVersionWithoutALogInAndNothingElse(@TempDir Path dir) throws IOException {
        try (WebRun web = WebRun.withUsers(dir, Map.of("aigul", Role.ANALYST), Map.of("aigul", "Aktau"))) {
            WebRun.Response home = web.client().get("/");
            assertThat(home.status()).as("other pages still ask for a log-in").isIn(302, 303, 401);

            WebRun.Response health = web.client().get("/health");

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.header("Content-Type")).startsWith("application/json");
            JsonNode answer = JSON.readTree(health.body());
            assertThat(answer.get("status").asText()).isEqualTo("ok");
            assertThat(answer.get("version").asText()).isEqualTo(pomVersion());
            assertThat(fieldNames(answer)).containsExactly("status", "version");
            assertThat(health.body()).doesNotContain("aigul", "Aktau", dir.toString());
        }
    }

    @Test
    void healthAnswers503NamingTheRulesWhenTheRulesRootIsBroken(@TempDir Path dir) throws IOException {
        try (WebRun web = WebRun.local(dir)) {
            deleteTree(web.workspace().resolve("rules"));
            Files.writeString(web.workspace().resolve("rules"), "not a folder");

            WebRun.Response health = web.client().get("/health");

            assertThat(health.status()).isEqualTo(503);
            JsonNode answer = JSON.readTree(health.body());
            assertThat(answer.get("status").asText()).isEqualTo("unavailable");
            assertThat(answer.get("failing").toString()).isEqualTo("[\"rules\"]");
            assertThat(health.body()).doesNotContain(dir.toString());
        }
    }

    @Test
    void healthAnswers503NamingTheRepositoryWhenTheHistoryCannotBeRead(@TempDir Path dir) throws IOException {
        Path workspace = CopiedWorkspace.in(dir);
        CopiedWorkspace.app(workspace).ensureHistory();
        try (WebRun web = WebRun.start(workspace, ServeSettings.LOOPBACK)) {
            assertThat(web.client().get("/health").status()).as("a readable history").isEqualTo(200);
            try (Stream<Path> objects = Files.walk(workspace.resolve(".git").resolve("objects"))) {
                for (Path object : objects.filter(Files::isRegularFile).toList()) {
                    Files.delete(object);   // the commits and files HEAD names are gone
                }
            }

            WebRun.Response health = web.client().get("/health");

            assertThat(health.status()).isEqualTo(503);
            assertThat(JSON.readTree(health.body()).get("failing").toString()).isEqualTo("[\"repository\"]");
        }
    }

    @Test
    void noMetricsAreServedUnlessConfigured(@TempDir Path dir) {
        try (WebRun web = WebRun.local(dir)) {
            assertThat(web.server().metricsPort()).isEmpty();
            WebRun.Response metrics = web.client().get("/metrics");
            assertThat(metrics.status()).isEqualTo(404);
            assertThat(metrics.body()).doesNotContain("jvm_", "etalon_http");
        }
    }

    @Test
    void metricsCountRequestsByRouteTemplateAndHoldNoUserData(@TempDir Path dir) throws Exception {
        Path workspace = CopiedWorkspace.in(dir);
        kz.etalon.account.UserDirectory.open(kz.etalon.account.UserDirectory.defaultFile(workspace))
                .add("aigul", Role.ANALYST, Optional.of("Aktau"), WebRun.password("aigul").toCharArray());
        Deployment deployment = new Deployment(ProxyTrust.none(), Optional.of(new Deployment.MetricsAddress("127.0.0.1", 0)));
        try (WebRun web = WebRun.start(workspace, ServeSettings.LOOPBACK, deployment)) {
            WebRun.Client aigul = web.loggedIn("aigul");
            assertThat(aigul.get("/standards/kz-2019").status()).isEqualTo(200);
            assertThat(aigul.get("/results/city?standard=kz-2019&city=Aktau").status()).isEqualTo(200);
            assertThat(aigul.get("/results/city?standard=kz-2019&city=Aktau").status()).isEqualTo(200);
            assertThat(aigul.get("/no-such-page/Aktau").status()).isEqualTo(404);

            int port = web.server().metricsPort().orElseThrow();
            HttpResponse<String> scraped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(scraped.statusCode()).isEqualTo(200);
            String text = scraped.body();
            assertThat(requests(text, "GET", "/standards/{id}", "200")).isEqualTo(1);
            assertThat(requests(text, "GET", "/results/city", "200")).isEqualTo(2);
            assertThat(requests(text, "GET", Metrics.UNMATCHED, "404")).isEqualTo(1);
            assertThat(text).contains("etalon_http_requests_seconds_sum{", "jvm_memory_used_bytes",
                    "executor_queued_tasks{name=\"etalon.jobs\"}", "executor_active_threads{name=\"etalon.jobs\"}", "etalon_results_cache_hits_total", "etalon_results_cache_misses_total");
            assertThat(text).doesNotContain("aigul", "Aktau", "kz-2019", "no-such-page", WebRun.password("aigul"),
                    dir.toString());
        }
    }

    /** The count of requests with these labels, as Prometheus would read it. */
    private static double requests(String scraped, String method, String route, String status) {
        Pattern line = Pattern.compile("(?m)^etalon_http_requests_seconds_count\\{(.*)} (\\S+)$");
        Matcher matcher = line.matcher(scraped);
        while (matcher.find()) {
            String labels = matcher.group(1);
            if (labels.contains("method=\"" + method + "\"") && labels.contains("route=\"" + route + "\"")
                    && labels.contains("status=\"" + status + "\"")) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The version pom.xml declares, read here rather than trusted from the build's own resource. */
    private static String pomVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>etalon</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
