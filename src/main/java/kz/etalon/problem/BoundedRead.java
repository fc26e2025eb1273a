package kz.etalon.problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads an input file whole, but never more than a limit: the limit is counted on the bytes as they
 * come, so a pipe, a device ({@code /dev/zero}) or a file that grows while it is read is stopped at the
 * limit too ({@code Files.size} is 0 for those).
 */
public final class BoundedRead {

    private static final int CHUNK = 64 * 1024;

    private BoundedRead() {
    }

    /** Thrown when the input holds more than the limit; nothing past the limit has been read. */
    public static final class TooLarge extends IOException {

        private final long limit;

        TooLarge(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }

        /** {@code 4 MiB}, as an error message shows the limit. */
        public String shown() {
            return limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MiB" : limit + " bytes";
        }
    }

    /** The whole content of {@code file}, or {@link TooLarge} as soon as it passes {@code limit} bytes. */
    public static byte[] bytes(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return bytes(in, limit);
        }
    }

    /** The rest of {@code in}, or {@link TooLarge} as soon as it passes {@code limit} bytes. */
    public static byte[] bytes(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[(int) Math.min(CHUNK, limit + 1)];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > limit) {
                    throw new TooLarge(limit);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1, (long) buffer.length * 2));
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                break;
            }
            length += read;
            if (length > limit) {
                throw new TooLarge(limit);
            }
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }
}
