package kz.etalon.account.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Role;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory file: read as written, or refused with every mistake at its line. */
class DirectoryFileTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            ldap:
              url: ldaps://dc1.gov.kz:636
              bind-dn: "cn=etalon,ou=services,dc=gov,dc=kz"
              bind-password-env: ETALON_DIRECTORY_PASSWORD
              base: "dc=gov,dc=kz"
              filter: "(sAMAccountName={name})"
            groups:
              "cn=etalon-admins,ou=groups,dc=gov,dc=kz": {role: admin}
              "CN=Aktau, OU=Groups, DC=gov, DC=kz": {role: analyst, city: Aktau}
            contact: the IT desk, room 210
            """;

    @Test
    void noFileMeansNoDirectory() {
        assertThat(DirectoryFile.read(dir.resolve("directory.yaml"), name -> null)).isEmpty();
    }

    @Test
    void aGoodFileGivesItsSettings_thePasswordFromTheEnvironment() throws Exception {
        Path file = Files.writeString(dir.resolve("directory.yaml"), GOOD);
        DirectorySettings settings = DirectoryFile.read(file, Map.of("ETALON_DIRECTORY_PASSWORD", "s3cret")::get).orElseThrow();
        assertThat(settings.bindPassword()).isEqualTo("s3cret");
        assertThat(settings.groupAttribute()).isEqualTo("memberOf");
        assertThat(settings.groups()).extracting(GroupRole::role).containsExactly(Role.ADMIN, Role.ANALYST);
        assertThat(settings.groups().get(1).group()).as("a DN is compared as a DN, not as text")
                .isEqualTo(new com.unboundid.ldap.sdk.DN("cn=aktau,ou=groups,dc=gov,dc=kz"));
        assertThat(settings.contact()).isEqualTo("the IT desk, room 210");
    }

    @Test
    void everyMistakeIsGivenWithItsLine() throws Exception {
        String bad = GOOD.replace("ldaps://dc1.gov.kz:636", "http://dc1.gov.kz")
                .replace("(sAMAccountName={name})", "(sAMAccountName=alibek)")
                .replace("{role: admin}", "{role: boss}")
                .replace("contact:", "kontakt:");
        Path file = Files.writeString(dir.resolve("directory.yaml"), bad);
        InputException refused = catchThrowableOfType(InputException.class,
                () -> DirectoryFile.read(file, Map.of("ETALON_DIRECTORY_PASSWORD", "s3cret")::get));
        List<String> said = refused.problems().stream().map(DirectoryFileTest::said).toList();
        assertThat(said).anySatisfy(line -> assertThat(line).startsWith("2:").contains("not an LDAP address"));
        assertThat(said).anySatisfy(line -> assertThat(line).startsWith("6:").contains("{name}"));
        assertThat(said).anySatisfy(line -> assertThat(line).startsWith("8:").contains("unknown role `boss`", "admin"));
        assertThat(said).anySatisfy(line -> assertThat(line).startsWith("10:").contains("unknown key `kontakt`"));
        assertThat(refused.problems()).allSatisfy(problem -> assertThat(problem.where().file()).isEqualTo(file));
    }

    @Test
    void anUnsetPasswordVariableAndBrokenYamlAreSaidWithTheirLines() throws Exception {
        Path file = Files.writeString(dir.resolve("directory.yaml"), GOOD);
        InputException unset = catchThrowableOfType(InputException.class, () -> DirectoryFile.read(file, name -> null));
        assertThat(unset.problems()).singleElement().satisfies(problem ->
                assertThat(said(problem)).startsWith("4:").contains("ETALON_DIRECTORY_PASSWORD", "is not set"));

        Files.writeString(file, GOOD.replace("{role: admin}", "{role: admin"));
        InputException broken = catchThrowableOfType(InputException.class, () -> DirectoryFile.read(file, name -> "x"));
        assertThat(broken.problems()).singleElement().satisfies(problem -> assertThat(said(problem)).contains("YAML syntax"));
    }

    private static String said(Problem problem) {
        return problem.where().line() + ": " + problem.message();
    }
}
