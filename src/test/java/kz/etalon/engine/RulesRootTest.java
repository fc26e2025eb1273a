package kz.etalon.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import kz.etalon.problem.InputException;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DRL runs only from the trusted rules root: the installation's, or one the user names; never through a link out. */
class RulesRootTest {

    private static final Standard TINY = StandardReader.readOrThrow(Path.of("src/test/resources/valid/tiny.yaml"));

    @TempDir
    Path temp;

    private Path home;

    @BeforeEach
    void installACopy() throws IOException {
        home = temp.resolve("etalon");
        Files.createDirectories(home.resolve("rules/common"));
        Files.createDirectories(home.resolve("target"));
        try (Stream<Path> files = Files.list(Path.of("rules", "common"))) {
            for (Path file : files.toList()) {
                Files.copy(file, home.resolve("rules/common").resolve(file.getFileName()));
            }
        }
    }

    @Test
    void whenTheLauncherNamesTheHome_thenThatIsTheInstallation() {
        assertThat(RulesRoot.installationHome(home.toString())).isEqualTo(home.toAbsolutePath());
    }

    @Test
    void whenNoHomeIsNamed_thenTheInstallationIsFoundFromTheJarNotFromTheWorkingDirectory() throws IOException {
        Path jar = Files.writeString(home.resolve("target/etalon.jar"), "a jar");
        Path classes = Files.createDirectories(home.resolve("target/classes"));

        assertThat(RulesRoot.homeBeside(jar)).isEqualTo(home);
        assertThat(RulesRoot.homeBeside(classes)).isEqualTo(home);
        assertThat(RulesRoot.installationHome(null)).isEqualTo(RulesRoot.homeBeside(codeOfEtalon()));
        assertThat(RulesRoot.installationHome("")).isNotEqualTo(temp);
    }

    @Test
    void whenAUserNamesARulesFolder_thenThatIsTheRootElseTheInstallationsRules() {
        assertThat(RulesRoot.choose(Optional.of(temp.resolve("mine")), home)).isEqualTo(temp.resolve("mine").toAbsolutePath());
        assertThat(RulesRoot.choose(Optional.empty(), home)).isEqualTo(home.resolve("rules").toAbsolutePath());
    }

    @Test
    void whenARulesFolderIsALinkOutOfTheRoot_thenItsDrlIsNotRead() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("anywhere"));
        Files.writeString(outside.resolve("evil.drl"), "package evil;\nrule \"runs\" when then System.exit(42); end\n");
        Path rules = home.resolve("rules");
        Files.move(rules.resolve("common"), temp.resolve("common-moved"));
        Files.createSymbolicLink(rules.resolve("common"), outside);

        assertThatThrownBy(() -> new RuleBooks(rules, RuleCache.off()).sources(TINY))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("rules folder `common` is a link that leads out of " + rules);
    }

    @Test
    void whenADrlFileIsALinkOutOfTheRoot_thenItIsRefused() throws IOException {
        Path evil = Files.writeString(temp.resolve("evil.drl"), "package evil;\n");
        Path link = Files.createSymbolicLink(home.resolve("rules/common/zz-extra.drl"), evil);

        assertThatThrownBy(() -> new RuleBooks(home.resolve("rules"), RuleCache.off()).sources(TINY))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(link + ": error: a link to " + evil.toRealPath() + ", outside the rules folder");
    }

    @Test
    void whenALinkStaysInsideTheRoot_thenItIsRead() throws IOException {
        Path inside = Files.writeString(home.resolve("rules/shared.drl"), "package kz.etalon.rules;\n");
        Files.createSymbolicLink(home.resolve("rules/common/zz-shared.drl"), inside);

        assertThat(new RuleBooks(home.resolve("rules"), RuleCache.off()).sources(TINY))
                .containsKey(home.resolve("rules/common/zz-shared.drl").toAbsolutePath());
    }

    private static Path codeOfEtalon() {
        try {
            return Path.of(RulesRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
