package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void serveStartsInAFewSecondsPrintsItsAddressAnswersAndStopsCleanlyOnASignal(@TempDir Path dir) throws Exception {
        Path printed = dir.resolve("serve.out");
        Process server = new ProcessBuilder(javaCommand("serve", "--port", "0")).redirectErrorStream(true)
                .redirectOutput(printed.toFile()).start();
        try {
            long started = System.nanoTime();
            String address = null;
            while (address == null && server.isAlive() && System.nanoTime() - started < 60_000_000_000L) {
                Matcher matcher = ADDRESS.matcher(Files.readString(printed));
                if (matcher.find()) {
                    address = matcher.group(1);
                } else {
                    Thread.sleep(50);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(address).as(Files.readString(printed)).isNotNull();
            assertThat(seconds).as("seconds until the address is printed").isLessThan(30);
            // as README shows it
            assertThat(Files.readString(printed)).containsPattern("Etalon serves \\S+ at http://127\\.0\\.0\\.1:\\d+/\n"
                    + "No users file: one local user with every right \\(\\S+/\\.etalon/users would hold accounts\\)\\.\n"
                    + "Open the address in a browser; Ctrl-C stops the server\\.");

            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("kz-2019");

            server.destroy();   // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the server
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
            String rest = Files.readString(printed);
            assertThat(rest).doesNotContain("Exception", "\tat ");
            int port = URI.create(address).getPort();
            try (ServerSocket free = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                assertThat(free.getLocalPort()).as("the port is free again").isEqualTo(port);
            }
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void anyAddressButLoopbackWithoutUsersIsRefusedWithWhatToDo(@TempDir Path dir) {
        CliRun run = CliRun.of("serve", "--bind", "0.0.0.0", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to serve 0.0.0.0 without accounts", "./etalon user add")
                .doesNotContain("Exception");
    }

    @Test
    void aPortInUseIsAClearErrorNotAStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort(), "--port")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aWorkspaceWithoutStandardsIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("serve", "--port", "0", "--workspace", dir.resolve("empty").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no standards/ folder");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "70000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not a port from 0 to 65535");
    }

    private static List<String> javaCommand(String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Detalon.home=" + Path.of("").toAbsolutePath(), "-Detalon.cache=" + Path.of("target", "rule-cache").toAbsolutePath(),
                "kz.etalon.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }
}
