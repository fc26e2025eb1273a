package kz.etalon.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Passwords as Argon2id hashes (BouncyCastle) in the PHC string format,
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (Base64 without padding). New hashes use OWASP's
 * parameters: 19 MiB of memory, two passes, one lane, a 16-byte random salt, a 32-byte hash. A stored
 * hash is checked with the parameters written in it, so hashes made with other parameters still work.
 */
public final class PasswordHash {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    /** Bounds on what a stored hash may ask for, so that an edited users file cannot make a check take minutes or gigabytes. */
    private static final int MAX_MEMORY_KIB = 1 << 18;
    private static final int MAX_ITERATIONS = 64;
    private static final int MAX_PARALLELISM = 16;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=([0-9]{1,8}),t=([0-9]{1,3}),p=([0-9]{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /** The PHC string of a new hash of {@code password}, with a fresh random salt. The array is left as it is. */
    public static String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Encoded encoded = new Encoded(MEMORY_KIB, ITERATIONS, PARALLELISM, salt, null);
        byte[] hash = argon2id(password, encoded, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    /**
     * Whether {@code password} is the one {@code encoded} was made from; false for a string that is not an
     * Argon2id PHC string or asks for more than a check may spend. The comparison takes the same time
     * wherever the hashes differ.
     */
    public static boolean matches(char[] password, String encoded) {
        Optional<Encoded> parsed = parse(encoded);
        if (parsed.isEmpty()) {
            return false;
        }
        byte[] expected = parsed.get().hash();
        byte[] actual = argon2id(password, parsed.get(), expected.length);
        return MessageDigest.isEqual(actual, expected);
    }

    /** Whether {@code encoded} is a hash this class can check: what the users file requires of its last field. */
    static boolean isWellFormed(String encoded) {
        return parse(encoded).isPresent();
    }

    record Encoded(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
    }

    static Optional<Encoded> parse(String encoded) {
        if (encoded == null) {
            return Optional.empty();
        }
        Matcher phc = PHC.matcher(encoded);
        if (!phc.matches()) {
            return Optional.empty();
        }
        int memory = Integer.parseInt(phc.group(1));
        int iterations = Integer.parseInt(phc.group(2));
        int parallelism = Integer.parseInt(phc.group(3));
        byte[] salt;
        byte[] hash;
        try {
            salt = Base64.getDecoder().decode(phc.group(4));
            hash = Base64.getDecoder().decode(phc.group(5));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean bounded = parallelism >= 1 && parallelism <= MAX_PARALLELISM && iterations >= 1
                && iterations <= MAX_ITERATIONS && memory >= 8 * parallelism && memory <= MAX_MEMORY_KIB
                && salt.length >= 8 && salt.length <= 64 && hash.length >= 16 && hash.length <= 64;
        return bounded ? Optional.of(new Encoded(memory, iterations, parallelism, salt, hash)) : Optional.empty();
    }

    private static byte[] argon2id(char[] password, Encoded parameters, int length) {
        Argon2Parameters argon2 = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKib())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(parameters.salt())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon2);
        byte[] secret = utf8(password);
        try {
            byte[] out = new byte[length];
            generator.generateBytes(secret, out);
            return out;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** The password's UTF-8 bytes in an array of our own (cleared after use), never in a String. */
    private static byte[] utf8(char[] password) {
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        if (buffer.hasArray()) {
            Arrays.fill(buffer.array(), (byte) 0);
        }
        return bytes;
    }
}
