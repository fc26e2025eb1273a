package kz.etalon.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    /**
     * Made by the reference implementation (Debian's argon2 tool, not BouncyCastle):
     * {@code echo -n "correct horse battery" | argon2 "etalon-salt-0001" -id -t 2 -k 19456 -p 1 -l 32 -e}.
     */
    private static final String REFERENCE_OWASP =
            "$argon2id$v=19$m=19456,t=2,p=1$ZXRhbG9uLXNhbHQtMDAwMQ$CHQi8UEbduzlouzN/RC1/MzBQB91Swx8ZKn40A3MyH0";
    /** {@code echo -n "Пароль-қазақ" | argon2 "somesaltsomesalt" -id -t 1 -k 64 -p 2 -l 24 -e}: other parameters, a 24-byte hash. */
    private static final String REFERENCE_OTHER_PARAMETERS =
            "$argon2id$v=19$m=64,t=1,p=2$c29tZXNhbHRzb21lc2FsdA$N/HXdwu10K4Ud8CrXN8CLSCbOrP4B49a";

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String encoded = PasswordHash.hash(PASSWORD);

        assertThat(PasswordHash.matches(PASSWORD, encoded)).isTrue();
        assertThat(PasswordHash.matches("correct horse batterY".toCharArray(), encoded)).isFalse();
        assertThat(PasswordHash.matches(new char[0], encoded)).isFalse();
    }

    @Test
    void aNewHashIsAPhcStringWithOwaspParametersA16ByteSaltAndA32ByteHash() {
        String encoded = PasswordHash.hash(PASSWORD);

        assertThat(encoded).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        PasswordHash.Encoded parsed = PasswordHash.parse(encoded).orElseThrow();
        assertThat(parsed.salt()).hasSize(16);
        assertThat(parsed.hash()).hasSize(32);
    }

    @Test
    void twoHashesOfOnePasswordDiffer_eachWithItsOwnSalt() {
        String first = PasswordHash.hash(PASSWORD);
        String second = PasswordHash.hash(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(PasswordHash.matches(PASSWORD, second)).isTrue();
    }

    @Test
    void hashesOfTheReferenceImplementationMatch_withTheParametersReadFromTheString() {
        assertThat(PasswordHash.matches(PASSWORD, REFERENCE_OWASP)).isTrue();
        assertThat(PasswordHash.matches("Пароль-қазақ".toCharArray(), REFERENCE_OTHER_PARAMETERS)).isTrue();
        assertThat(PasswordHash.matches("Пароль-казак".toCharArray(), REFERENCE_OTHER_PARAMETERS)).isFalse();
        // the same salt and hash read with other parameters are another hash
        assertThat(PasswordHash.matches(PASSWORD, REFERENCE_OWASP.replace("t=2", "t=3"))).isFalse();
        assertThat(PasswordHash.matches(PASSWORD, REFERENCE_OWASP.replace("m=19456", "m=19455"))).isFalse();
    }

    @Test
    void aTamperedOrMalformedEncodingMatchesNothing() {
        String encoded = PasswordHash.hash(PASSWORD);
        String[] parts = encoded.split("\\$");
        String flipped = parts[5].charAt(0) == 'A' ? "B" + parts[5].substring(1) : "A" + parts[5].substring(1);

        assertThat(PasswordHash.matches(PASSWORD, encoded.replace(parts[5], flipped))).as("another hash").isFalse();
        assertThat(PasswordHash.matches(PASSWORD, encoded.replace(parts[4], "AAAAAAAAAAAAAAAAAAAAAA"))).as("another salt").isFalse();
        assertThat(PasswordHash.matches(PASSWORD, encoded.replace("argon2id", "argon2i"))).as("another kind").isFalse();
        assertThat(PasswordHash.matches(PASSWORD, encoded.replace("v=19", "v=16"))).as("another version").isFalse();
        assertThat(PasswordHash.matches(PASSWORD, encoded.substring(0, encoded.length() - 10))).as("cut short").isFalse();
        assertThat(PasswordHash.matches(PASSWORD, encoded + "$x")).isFalse();
        assertThat(PasswordHash.matches(PASSWORD, "")).isFalse();
        assertThat(PasswordHash.matches(PASSWORD, null)).isFalse();
        assertThat(PasswordHash.matches(PASSWORD, "plain text password")).isFalse();
    }

    @Test
    void aStoredHashCannotAskForMoreThanACheckMaySpend() {
        assertThat(PasswordHash.isWellFormed(REFERENCE_OWASP.replace("m=19456", "m=99999999"))).isFalse();
        assertThat(PasswordHash.isWellFormed(REFERENCE_OWASP.replace("t=2", "t=999"))).isFalse();
        assertThat(PasswordHash.isWellFormed(REFERENCE_OWASP.replace("p=1", "p=0"))).isFalse();
        assertThat(PasswordHash.isWellFormed(REFERENCE_OWASP)).isTrue();
    }

    @Test
    void thePasswordArrayIsLeftAsTheCallerGaveIt() {
        char[] password = "left as it is".toCharArray();
        String encoded = PasswordHash.hash(password);
        PasswordHash.matches(password, encoded);

        assertThat(password).containsExactly("left as it is".toCharArray());
    }
}
