package kz.etalon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The container image as `mvn -Pcontainer package` wrote it (target/etalon-image.tar, an OCI layout), read
 * from the tarball as a runtime would: its configuration (user, entrypoint, ports, volume, environment) and
 * the files its layers hold. No container engine runs here, so the image is checked, not started.
 */
@Tag("container")
class ContainerImageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path IMAGE = Path.of("target", "etalon-image.tar");

    private static Map<String, byte[]> blobs;
    private static JsonNode config;
    private static Map<String, TarArchiveEntry> files;

    @BeforeAll
    static void readTheImage() throws IOException {
        blobs = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(IMAGE))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    blobs.put(entry.getName().replaceFirst("^\\./", ""), tar.readAllBytes());
                }
            }
        }
        JsonNode index = JSON.readTree(blobs.get("index.json"));
        JsonNode manifest = JSON.readTree(blob(index.get("manifests").get(0).get("digest").asText()));
        config = JSON.readTree(blob(manifest.get("config").get("digest").asText()));
        files = new HashMap<>();
        for (JsonNode layer : manifest.get("layers")) {
            try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(blob(layer.get("digest").asText())));
                 TarArchiveInputStream tar = new TarArchiveInputStream(gz)) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    files.put("/" + entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", "").replaceFirst("/$", ""), entry);
                }
            }
        }
    }

    @Test
    void theImageRunsEtalonServeAsANonRootUserOnPort8080WithTheWorkspaceAsItsOneVolume() {
        JsonNode run = config.get("config");
        assertThat(run.get("User").asText()).isEqualTo("10001:0");
        assertThat(strings(run.get("Entrypoint"))).startsWith("/opt/java/bin/java").endsWith("kz.etalon.cli.Main")
                .contains("-cp", "@/app/jib-classpath-file");
        assertThat(strings(run.get("Cmd"))).containsExactly("serve");
        assertThat(fieldNames(run.get("ExposedPorts"))).containsExactly("8080/tcp");
        assertThat(fieldNames(run.get("Volumes"))).containsExactly("/var/lib/etalon");
        assertThat(strings(run.get("Env"))).contains("ETALON_WORKSPACE=/var/lib/etalon", "ETALON_BIND=0.0.0.0",
                "ETALON_PORT=8080");
        assertThat(run.get("WorkingDir").asText()).isEqualTo("/var/lib/etalon");
        assertThat(config.get("architecture").asText()).isEqualTo("amd64");
        assertThat(config.get("os").asText()).isEqualTo("linux");
    }

    @Test
    void theImageHoldsItsJavaRuntimeTheLibrariesItLoadsTheUserAndAWorkspaceTheUserMayWrite() throws IOException {
        TarArchiveEntry java = files.get("/opt/java/bin/java");
        assertThat(java).isNotNull();
        assertThat(java.getMode() & 0111).as("java is executable").isNotZero();
        assertThat(files).containsKeys("/lib64/ld-linux-x86-64.so.2", "/lib/x86_64-linux-gnu/libc.so.6",
                "/app/jib-classpath-file", "/var/lib/etalon/standards/kz-2019.yaml", "/var/lib/etalon/rules", "/etc/passwd");
        assertThat(files.get("/var/lib/etalon").getMode() & 0020).as("the volume's folder is writable by group 0").isNotZero();
        assertThat(files.get("/var/lib/etalon/standards").getMode() & 0020).isNotZero();
        assertThat(files.get("/opt/java/bin/java").getUserId()).as("files belong to root; the user only writes the workspace")
                .isZero();
    }

    @Test
    void theHealthCheckIsTheComposeFilesForJibSetsNone() throws IOException {
        assertThat(config.get("config").has("Healthcheck")).isFalse();
        String compose = Files.readString(Path.of("src/dist/container/compose.yaml"));
        assertThat(compose).contains("healthcheck:", "kz.etalon.cli.HealthProbe", "- etalon-workspace:/var/lib/etalon",
                "image: caddy:2", "profiles: [\"keycloak\"]");
    }

    private static byte[] blob(String digest) {
        byte[] bytes = blobs.get("blobs/" + digest.replace(':', '/'));
        assertThat(bytes).as("blob " + digest).isNotNull();
        return bytes;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
