package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import kz.etalon.result.CityResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results pages evaluate once per content of standard, rules and data: never again for the same, always for a change. */
class ResultsCachingTest {

    private static final Pattern FIRST_ROW = Pattern.compile("<tr data-city=\"([^\"]*)\">(.*?)</tr>", Pattern.DOTALL);

    /** The application layer, counting its evaluations. */
    static final class CountingEtalon extends Etalon {

        final AtomicInteger evaluations = new AtomicInteger();

        CountingEtalon(Workspace workspace) {
            super(workspace);
        }

        @Override
        public Evaluated evaluate(String standard, Path cities) {
            evaluations.incrementAndGet();
            return super.evaluate(standard, cities);
        }
    }

    @TempDir
    Path dir;
    Path workspace;
    CountingEtalon app;
    WebServer server;
    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() {
        workspace = WebRun.copyOfProject(dir);
        app = new CountingEtalon(new Workspace(workspace, Path.of("")));
        server = WebServer.start(app, new ServeSettings(ServeSettings.LOOPBACK, 0, workspace, UserDirectory.defaultFile(workspace)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSecondVisitorsPagesComeFromTheCache_notFromANewEvaluation() throws Exception {
        assertThat(get("/results").statusCode()).isEqualTo(200);
        assertThat(app.evaluations).hasValue(1);
        assertThat(get("/results").statusCode()).isEqualTo(200);
        assertThat(get("/results?standard=kz-2019&data=kz-2019-cities.csv").statusCode()).isEqualTo(200);
        assertThat(get("/results/city?standard=kz-2019&city=Almaty").statusCode()).isEqualTo(200);
        assertThat(get("/results/download/json?standard=kz-2019").statusCode()).isEqualTo(200);
        assertThat(get("/results/download/csv?standard=kz-2019").statusCode()).isEqualTo(200);
        assertThat(app.evaluations).hasValue(1);
    }

    @Test
    void aChangedDataFileGivesNewResults() throws Exception {
        Path data = workspace.resolve("data/kz-2019-cities.csv");
        String before = firstRow(get("/results").body());
        String original = Files.readString(data);
        Matcher first = Pattern.compile("\n([^,\n]+),(\\w+\\.\\d+),(\\d+(?:\\.\\d+)?)\n").matcher(original);
        assertThat(first.find()).isTrue();
        String changed = original.replace(first.group(0), "\n" + first.group(1) + "," + first.group(2) + ",0\n");
        Files.writeString(data, changed);

        String after = firstRow(get("/results").body());

        assertThat(app.evaluations).hasValue(2);
        CityResult expected = new Etalon(new Workspace(workspace, Path.of(""))).evaluate("kz-2019", data).evaluation()
                .cities().get(0);
        assertThat(after).isNotEqualTo(before).contains(">" + expected.city() + "</a>")
                .contains(expected.index().setScale(1, RoundingMode.HALF_UP).toPlainString());
    }

    private String firstRow(String page) {
        Matcher row = FIRST_ROW.matcher(page);
        assertThat(row.find()).isTrue();
        return row.group(0);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI address = server.address().resolve(path);
        return http.send(HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
