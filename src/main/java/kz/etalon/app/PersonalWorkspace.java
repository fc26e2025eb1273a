package kz.etalon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * The workspace a run uses when none is named. An installation this user may write in (a checkout, an unpacked
 * zip) is its own workspace. A read-only one (the .deb's /opt/etalon/lib/app, for anyone but root) never is: the
 * user gets a workspace of their own, {@code $XDG_DATA_HOME/etalon} or else {@code ~/.local/share/etalon}, made
 * on first use from a copy of the installation's standards/ and data/. Its rules are not copied: they stay
 * the installation's own rules/, which only the installation's owner can change, so no DRL is ever read from
 * a folder the user's server writes in.
 */
public final class PersonalWorkspace {

    static final String FOLDER = "etalon";
    private static final List<String> COPIED = List.of("standards", "data");

    /** The workspace chosen, and the one line that says it was just made (empty when it was there). */
    public record Chosen(Workspace workspace, Optional<String> made) {
    }

    private PersonalWorkspace() {
    }

    /**
     * @param environment the process's environment ({@code XDG_DATA_HOME}, {@code HOME})
     * @param writable    whether this user may write in a folder
     */
    public static Chosen choose(Workspace installation, Function<String, String> environment, Predicate<Path> writable) {
        Path home = installation.home();
        if (writable.test(home)) {
            return new Chosen(installation, Optional.empty());
        }
        Path own = folder(environment).orElseThrow(() -> refused(home, "there is no home folder to make one in"));
        try {
            boolean made = false;
            Files.createDirectories(own);
            for (String name : COPIED) {
                made |= copyOnce(home.resolve(name), own.resolve(name));
            }
            Workspace workspace = installation.withStandardsAndDataOf(own);
            return new Chosen(workspace, made ? Optional.of("etalon: " + home + " is read-only, so your workspace is " + own
                    + ", made now from its standards and data (its rules stay those of " + home.resolve("rules")
                    + "); --workspace DIR or " + Workspace.ENVIRONMENT + " names another") : Optional.empty());
        } catch (IOException | UncheckedIOException e) {
            throw refused(home, "making " + own + " failed (" + e.getMessage() + ")");
        }
    }

    /** {@code $XDG_DATA_HOME/etalon} when that is an absolute path (the XDG rule), else {@code $HOME/.local/share/etalon}. */
    static Optional<Path> folder(Function<String, String> environment) {
        String data = environment.apply("XDG_DATA_HOME");
        if (data != null && !data.isBlank() && Path.of(data).isAbsolute()) {
            return Optional.of(Path.of(data, FOLDER));
        }
        String user = environment.apply("HOME");
        if (user == null || user.isBlank()) {
            user = System.getProperty("user.home");
        }
        if (user == null || user.isBlank() || !Path.of(user).isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(user).resolve(".local/share").resolve(FOLDER));   // XDG_DATA_HOME's default
    }

    private static InputException refused(Path home, String why) {
        return InputException.of(Location.of(home), home + " is read-only and cannot be a workspace, and " + why
                + "; name a folder you may write in with --workspace DIR or " + Workspace.ENVIRONMENT + "=DIR (copy "
                + home.resolve("standards") + " and " + home.resolve("data") + " into it to start)");
    }

    /** Copies {@code from} to {@code to} unless it is there: whole (a copy beside it, then renamed) or not at all. */
    private static boolean copyOnce(Path from, Path to) throws IOException {
        if (Files.exists(to) || !Files.isDirectory(from)) {
            return false;
        }
        Path partial = to.resolveSibling("." + to.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        try {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = partial.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (Files.isRegularFile(file)) {
                        Files.copy(file, target);
                    }
                }
            }
            Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            if (Files.isDirectory(to)) {
                return false;   // another run made it in between
            }
            throw e;
        } finally {
            remove(partial);
        }
    }

    private static void remove(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
