package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No page shows where the workspace is on the server's disk: files are named relative to the workspace. */
class ServerPathsTest {

    @RegisterExtension
    static final LocalWeb web = new LocalWeb();

    private static String home() {
        return web.workspace().toAbsolutePath().toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/results?standard=kz-2026&data=kz-2018-cities.csv",
            "/results?standard=kz-2019&data=kz-2019-cities.csv",
            "/results/city?standard=kz-2019&data=kz-2019-cities.csv&city=Almaty",
            "/compare?before=kz-2018&after=kz-2019&data=kz-2018-cities.csv&data2=kz-2019-cities.csv",
            "/compare?before=kz-2019&after=kz-2026",
            "/whatif?standard=kz-2026&data=kz-2018-cities.csv&city=Almaty",
            "/whatif?standard=kz-2019&data=kz-2019-cities.csv&city=Almaty&goal=rank&target=1",
            "/data/template?standard=kz-2026&fill=kz-2018-cities.csv",
            "/results/download/html?standard=kz-2019&data=kz-2019-cities.csv",
            "/results/download/html?standard=kz-2026&data=kz-2019-cities.csv"})
    void aPageNamesFilesRelativeToTheWorkspace(String path) {
        WebRun.Download page = web.client().download(path);

        assertThat(new String(page.bytes(), StandardCharsets.UTF_8)).as(path + " (" + page.status() + ")")
                .doesNotContain(home());
    }

    @Test
    void theEditorsCheckNamesTheStandardsFileRelativeToTheWorkspace() {
        WebRun.Client client = web.client();
        WebRun.Response check = client.post("/standards/kz-2026/check", Map.of("text",
                "id: kz-2026\nyear: 2026\nstatus: draft\nbased_on: kz-2019\nrules: [nowhere]\nscoring: {}\n"));

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body()).doesNotContain(home());
    }
}
