package kz.etalon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service the .deb installs (src/dist/linux/service and the maintainer scripts in src/dist/linux/deb). */
class ServiceUnitTest {

    private static final Path SERVICE = Path.of("src/dist/linux/service");
    private static final Path DEB = Path.of("src/dist/linux/deb");

    @Test
    void theUnitRunsAsItsOwnUserOnTheWorkspaceWithItsSettingsRestartsOnFailureAndWritesOnlyTheWorkspace() throws IOException {
        List<String> unit = Files.readAllLines(SERVICE.resolve("etalon.service"));

        assertThat(unit).contains("User=etalon", "Group=etalon", "Environment=ETALON_WORKSPACE=/var/lib/etalon",
                "EnvironmentFile=/etc/etalon/etalon.conf", "ExecStart=/opt/etalon/bin/etalon serve", "Restart=on-failure",
                "NoNewPrivileges=yes", "ProtectSystem=strict", "ReadWritePaths=/var/lib/etalon", "WantedBy=multi-user.target");
    }

    @Test
    void theSettingsFileNamesOnlyOptionsThatServeReadsAndKeepsTheServerOnThisMachine() throws IOException {
        List<String> settings = Files.readAllLines(SERVICE.resolve("etalon.conf")).stream()
                .map(line -> line.replaceFirst("^#", "")).filter(line -> line.matches("ETALON_[A-Z_]+=.*")).toList();
        String serve = Files.readString(Path.of("src/main/java/kz/etalon/cli/ServeCommand.java"));

        assertThat(settings).isNotEmpty().contains("ETALON_BIND=127.0.0.1");
        assertThat(settings).allSatisfy(line -> assertThat(serve).contains("${env:" + line.substring(0, line.indexOf('='))));
    }

    @Test
    void theMaintainerScriptsInstallTheUnitButNeverEnableOrStartIt() throws IOException {
        String postinst = Files.readString(DEB.resolve("postinst"));
        String postrm = Files.readString(DEB.resolve("postrm"));

        assertThat(postinst).contains("useradd --system", "/lib/systemd/system/etalon.service", "/etc/etalon/etalon.conf",
                "install -d -m 0750 -o etalon -g etalon /var/lib/etalon");
        assertThat(postinst).doesNotContainPattern("systemctl\\s+(enable|start|restart)").doesNotContain("deb-systemd-invoke");
        assertThat(postrm).contains("rm -f /lib/systemd/system/etalon.service");
        assertThat(Files.isExecutable(DEB.resolve("postrm"))).isTrue();
    }
}
