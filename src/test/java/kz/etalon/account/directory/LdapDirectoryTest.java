package kz.etalon.account.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import kz.etalon.account.Account;
import kz.etalon.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory's answers, from a real LDAP server on 127.0.0.1. */
class LdapDirectoryTest {

    @TempDir
    Path dir;
    TestDirectory server;
    LdapDirectory directory;

    @BeforeEach
    void start() throws Exception {
        server = new TestDirectory();
        Path file = Files.writeString(dir.resolve("directory.yaml"), server.settingsYaml());
        directory = new LdapDirectory(DirectoryFile.read(file, Map.<String, String>of()::get).orElseThrow());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aMappedGroupGivesItsRoleAndCity() {
        assertThat(directory.check("aibek", "secret-aibek".toCharArray()))
                .isEqualTo(new LdapDirectory.Answer.Granted(new Account("aibek", Role.ANALYST, Optional.of("Aktau"))));
        assertThat(directory.check("dana", "secret-dana".toCharArray()))
                .isEqualTo(new LdapDirectory.Answer.Granted(new Account("dana", Role.ADMIN, Optional.empty())));
    }

    @Test
    void aUserInNoMappedGroupIsToldSo_aWrongPasswordOrUnknownNameIsRefused() {
        assertThat(directory.check("nurlan", "secret-nurlan".toCharArray())).isEqualTo(new LdapDirectory.Answer.NoGroup("nurlan"));
        assertThat(directory.check("dana", "secret-aibek".toCharArray())).isEqualTo(new LdapDirectory.Answer.Refused(true));
        assertThat(directory.check("nobody", "secret-dana".toCharArray())).isEqualTo(new LdapDirectory.Answer.Refused(false));
    }

    @Test
    void anEmptyPasswordNeverLogsIn_thoughLdapTakesItForAnAnonymousBind() {
        assertThat(directory.check("dana", new char[0])).isInstanceOf(LdapDirectory.Answer.Refused.class);
    }

    @Test
    void aNameCannotWidenTheFilter() {
        assertThat(directory.check("*", "secret-dana".toCharArray())).isEqualTo(new LdapDirectory.Answer.Refused(false));
        assertThat(directory.check("dana)(uid=*", "secret-dana".toCharArray())).isEqualTo(new LdapDirectory.Answer.Refused(false));
    }

    @Test
    void aDirectoryThatIsDownIsUnavailable_notAWrongPassword() {
        server.close();
        assertThat(directory.check("dana", "secret-dana".toCharArray())).isInstanceOf(LdapDirectory.Answer.Unavailable.class);
    }
}
