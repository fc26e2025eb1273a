package kz.etalon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.etalon.history.AtomicFile;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * The layout of a workspace's own files, as a number in {@code .etalon/format}. A workspace without the file
 * (made before the layout was numbered, or new) is of today's layout and gets the file; a number this Etalon
 * knows but older is brought up to date step by step; a newer or unreadable one is refused, since this
 * Etalon could misread it.
 */
public final class WorkspaceFormat {

    /** The layout this Etalon writes: standards/, rules/, data/, history in Git, users in .etalon/users. */
    public static final int CURRENT = 1;
    static final String FILE = ".etalon/format";

    private WorkspaceFormat() {
    }

    /** The format of {@code home}, after writing today's when it has none yet or upgrading an older one. */
    public static int checkOrUpgrade(Path home, Messages messages) {
        Path file = home.resolve(FILE);
        if (!Files.exists(file)) {
            write(home, CURRENT);
            return CURRENT;
        }
        int format = read(home, messages);
        if (format > CURRENT) {
            throw InputException.of(new Location(file, 1, 0), messages.get("format.newer", format, CURRENT));
        }
        // format 1 is the first numbered layout: there is no older one to upgrade from yet
        return format;
    }

    /** The number in {@code .etalon/format} ({@link #CURRENT} when there is none), refusing one that is not a number. */
    public static int read(Path home, Messages messages) {
        Path file = home.resolve(FILE);
        if (!Files.exists(file)) {
            return CURRENT;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
        try {
            int format = Integer.parseInt(text);
            if (format >= 1) {
                return format;
            }
        } catch (NumberFormatException ignored) {
            // refused below with the file's line
        }
        throw InputException.of(new Location(file, 1, 0), messages.get("format.unreadable", text.length() > 20
                ? text.substring(0, 20) + "…" : text));
    }

    static void write(Path home, int format) {
        try {
            Files.createDirectories(home.resolve(".etalon"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not make " + home.resolve(".etalon"), e);
        }
        AtomicFile.write(home.resolve(FILE), (format + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
