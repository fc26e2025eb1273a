package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
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
    void servePrintsItsAddressAnswersAndStopsCleanlyOnASignal() throws Exception {
        Process server = new ProcessBuilder(javaCommand("serve", "--port", "0")).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder printed = new StringBuilder();
            // the three lines come in one write; a server that dies first ends the output (null)
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                printed.append(line).append('\n');
                if (line.startsWith("Open the address")) {
                    break;
                }
            }
            Matcher matcher = ADDRESS.matcher(printed);
            assertThat(matcher.find()).as(printed.toString()).isTrue();
            String address = matcher.group(1);
            // as README shows it
            assertThat(printed.toString()).containsPattern("Etalon serves \\S+ at http://127\\.0\\.0\\.1:\\d+/\n"
                    + "No users file: one local user with every right \\(\\S+/\\.etalon/users would hold accounts\\)\\.\n"
                    + "Open the address in a browser; Ctrl-C stops the server\\.");

            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("kz-2019");

            // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook stops the server (Process.destroy would close its output)
            server.toHandle().destroy();
            String rest = lines.lines().collect(java.util.stream.Collectors.joining("\n"));   // until it exits
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("stopped").isTrue();
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
    void aBadDirectoryFileIsRefusedAtStartWithItsLineAndWhatToDo(@TempDir Path dir) throws Exception {
        Path workspace = kz.etalon.app.CopiedWorkspace.in(dir);
        Files.createDirectories(workspace.resolve(".etalon"));
        Files.writeString(workspace.resolve(".etalon").resolve("directory.yaml"), """
                ldap:
                  url: ldap://127.0.0.1:389
                  bind-dn: "cn=etalon,dc=gov,dc=kz"
                  bind-password: service-secret
                  base: "dc=gov,dc=kz"
                  filter: "(uid=alibek)"
                groups:
                  "cn=etalon-admins,dc=gov,dc=kz": {role: boss}
                contact: the IT desk
                """);
        CliRun run = CliRun.of("serve", "--port", "0", "--workspace", workspace.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("directory.yaml:6:", "{name}", "(uid={name})")
                .contains("directory.yaml:8:", "unknown role `boss`", "viewer, analyst, editor, admin")
                .doesNotContain("Exception");
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
