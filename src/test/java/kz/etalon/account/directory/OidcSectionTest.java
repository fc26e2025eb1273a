package kz.etalon.account.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.account.Role;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code oidc:} section of the directory file: read as written, or refused with every mistake at its line. */
class OidcSectionTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            oidc:
              name: Gov ID
              issuer: https://login.gov.kz/realms/etalon
              client-id: etalon
              client-secret-env: ETALON_OIDC_SECRET
              redirect-base: https://etalon.gov.kz/
              groups:
                etalon-admins: {role: admin}
                aktau-analysts: {role: analyst, city: Aktau}
            contact: the IT desk, room 210
            """;

    @Test
    void anOidcSectionAloneGivesItsSettings_noLdap_theSecretFromTheEnvironment() throws Exception {
        Path file = Files.writeString(dir.resolve("directory.yaml"), GOOD);
        DirectorySettings settings = DirectoryFile.read(file, Map.of("ETALON_OIDC_SECRET", "s3cret")::get).orElseThrow();
        assertThat(settings.ldap()).isFalse();
        OidcSettings oidc = settings.oidc().orElseThrow();
        assertThat(oidc.clientSecret()).isEqualTo("s3cret");
        assertThat(oidc.groupsClaim()).isEqualTo("groups");
        assertThat(oidc.callback()).isEqualTo(URI.create("https://etalon.gov.kz/login/oidc/callback"));
        assertThat(oidc.groups()).containsExactly(new OidcSettings.Group("etalon-admins", Role.ADMIN, Optional.empty()),
                new OidcSettings.Group("aktau-analysts", Role.ANALYST, Optional.of("Aktau")));
        assertThat(oidc.contact()).isEqualTo("the IT desk, room 210");
    }

    @Test
    void everyMistakeIsGivenWithItsLine() throws Exception {
        String bad = GOOD.replace("https://login.gov.kz/realms/etalon", "login.gov.kz")
                .replace("  client-id: etalon\n", "  client: etalon\n")
                .replace("{role: admin}", "{role: boss}");
        Path file = Files.writeString(dir.resolve("directory.yaml"), bad);
        InputException refused = catchThrowableOfType(InputException.class,
                () -> DirectoryFile.read(file, name -> null));
        List<String> said = refused.problems().stream()
                .map(problem -> problem.where().line() + ": " + problem.message()).toList();
        assertThat(said).anySatisfy(line -> assertThat(line).startsWith("3:").contains("not a web address"));
        assertThat(said).anySatisfy(line -> assertThat(line).startsWith("4:").contains("unknown key `client`"));
        assertThat(said).anySatisfy(line -> assertThat(line).contains("no `client-id:`"));
        assertThat(said).anySatisfy(line -> assertThat(line).startsWith("5:").contains("ETALON_OIDC_SECRET", "is not set"));
        assertThat(said).anySatisfy(line -> assertThat(line).startsWith("8:").contains("unknown role `boss`"));
    }
}
