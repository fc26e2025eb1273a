package kz.etalon.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional fifth field of a users file: flags. A file without it reads, and is written, as before. */
class UsersFileFlagsTest {

    private static final char[] PASSWORD = "a long enough secret".toCharArray();

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(".etalon").resolve("users");
    }

    @Test
    void anOlderFileOfFourFieldsReadsUnchanged_andKeepsItsLinesWhenAnotherUserChanges() throws IOException {
        UserDirectory users = UserDirectory.open(file());
        users.add("aigul", Role.ANALYST, Optional.of("Aktau"), PASSWORD);
        users.add("vera", Role.VIEWER, Optional.empty(), PASSWORD);
        String aigulLine = Files.readAllLines(file()).stream().filter(line -> line.startsWith("aigul:")).findFirst().orElseThrow();
        assertThat(aigulLine.split(":", -1)).hasSize(4);

        users.setDisabled("vera", true);

        assertThat(Files.readAllLines(file())).contains(aigulLine);
        assertThat(UserDirectory.open(file()).flags("aigul")).contains(Flags.NONE);
        assertThat(Files.readAllLines(file()).stream().filter(line -> line.startsWith("vera:")).findFirst().orElseThrow())
                .endsWith(":disabled");
    }

    @Test
    void flagsAreReadBack_andClearingThemGivesFourFieldsAgain() throws IOException {
        UserDirectory users = UserDirectory.open(file());
        users.add("aigul", Role.ANALYST, Optional.empty(), PASSWORD);
        users.setDisabled("aigul", true);
        users.setPassword("aigul", PASSWORD, true);

        assertThat(UserDirectory.open(file()).flags("aigul")).contains(new Flags(true, true));

        users.setDisabled("aigul", false);
        users.setPassword("aigul", PASSWORD, false);
        assertThat(Files.readString(file(), StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("aigul:"))
                .findFirst().orElseThrow().split(":", -1)).hasSize(4);
    }

    @Test
    void aChangeOfFlagsGivesTheUserANewStamp_soTheirSessionsEnd() {
        UserDirectory users = UserDirectory.open(file());
        users.add("aigul", Role.ANALYST, Optional.empty(), PASSWORD);
        String before = users.stamp("aigul").orElseThrow();

        users.setDisabled("aigul", true);

        assertThat(users.stamp("aigul")).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void anUnknownFlagIsAnErrorThatNamesTheLineAndTheFlags() throws IOException {
        UserDirectory users = UserDirectory.open(file());
        users.add("aigul", Role.ANALYST, Optional.empty(), PASSWORD);
        Files.writeString(file(), Files.readString(file()).strip()
                + ":sleeping\n");

        assertThatThrownBy(() -> UserDirectory.open(file())).isInstanceOf(InputException.class)
                .hasMessageContaining(":2:").hasMessageContaining("unknown flags `sleeping`")
                .hasMessageContaining("disabled and change-password");
    }
}
