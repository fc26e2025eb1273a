package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A new password, a new role or a removal ends every session of that user at their next request, also
 * when the users file is changed by another process (here: another directory over the same file).
 */
class SessionsEndTest {

    @RegisterExtension
    final UsersWeb site = new UsersWeb(Map.of("vera", Role.VIEWER, "aigerim", Role.ANALYST));


    private UserDirectory otherProcess() {
        return UserDirectory.open(UserDirectory.defaultFile(site.run().workspace()));
    }

    @Test
    void aNewPasswordEndsEverySessionOfTheUser_andTheNewPasswordLogsIn() {
        WebRun.Client laptop = site.run().loggedIn("vera");
        WebRun.Client phone = site.run().loggedIn("vera");
        WebRun.Client other = site.run().loggedIn("aigerim");

        otherProcess().setPassword("vera", "a-new-password-of-vera".toCharArray());

        assertThat(laptop.get("/").status()).isEqualTo(302);
        assertThat(phone.get("/").status()).isEqualTo(302);
        assertThat(laptop.get("/").status()).as("the session is gone, not only refused once").isEqualTo(302);
        assertThat(other.get("/").status()).as("another user's session").isEqualTo(200);
        assertThat(site.run().client().logIn("vera", "a-new-password-of-vera").status()).isEqualTo(303);
    }

    @Test
    void aNewRoleEndsTheSessionsOfTheUser() throws Exception {
        WebRun.Client vera = site.run().loggedIn("vera");
        Path file = UserDirectory.defaultFile(site.run().workspace());
        String users = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, users.replace("vera:viewer:", "vera:admin:"), StandardCharsets.UTF_8);

        assertThat(vera.get("/").status()).isEqualTo(302);
    }

    @Test
    void aUserRemovedAndAddedAgainUnderTheSameNameDoesNotInheritTheOldSessions() {
        WebRun.Client old = site.run().loggedIn("vera");
        UserDirectory users = otherProcess();
        users.remove("vera");
        users.add("vera", Role.ADMIN, java.util.Optional.empty(), WebRun.password("vera").toCharArray());

        assertThat(old.get("/").status()).isEqualTo(302);
    }
}
