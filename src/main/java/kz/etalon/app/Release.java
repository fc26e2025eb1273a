package kz.etalon.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which Etalon this is: the version the build wrote into {@code kz/etalon/app/release.properties}. */
public final class Release {

    private static final String VERSION = read();

    private Release() {
    }

    public static String version() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Release.class.getResourceAsStream("release.properties")) {
            if (in == null) {
                throw new IllegalStateException("kz/etalon/app/release.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
