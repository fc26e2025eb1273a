package kz.etalon.engine;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where DRL may come from. DRL is code, so its folder is never found from the working directory or from
 * beside an input: it is the installation's own {@code rules/} (the folder the launcher names as
 * {@code etalon.home}, else the one the running jar or classes sit in), or a folder the user names
 * explicitly (a {@code --rules DIR} option or a workspace setting).
 */
public final class RulesRoot {

    /** The system property the launcher sets to the installation folder. */
    public static final String HOME_PROPERTY = "etalon.home";
    static final String RULES = "rules";

    private RulesRoot() {
    }

    /**
     * The installation folder: {@code homeProperty} when the launcher set it, else the folder of the
     * running jar (or of the {@code target/} it was built into) that holds {@code rules/}. Never the
     * working directory, so {@code java -jar /opt/etalon/target/etalon.jar} run from a folder an
     * untrusted standard came in still loads the installation's rules.
     */
    public static Path installationHome(String homeProperty) {
        if (homeProperty != null && !homeProperty.isBlank()) {
            return Path.of(homeProperty).toAbsolutePath().normalize();
        }
        Optional<Path> code = codeLocation();
        if (code.isEmpty()) {
            throw new IllegalStateException("the location of Etalon's own classes is unknown; set -D" + HOME_PROPERTY);
        }
        return homeBeside(code.get());
    }

    /** The DRL folder: the one the user named, else the installation's {@code rules/}. */
    public static Path choose(Optional<Path> named, Path installationHome) {
        return named.map(dir -> dir.toAbsolutePath().normalize())
                .orElseGet(() -> installationHome.toAbsolutePath().normalize().resolve(RULES));
    }

    /**
     * For a jar or classes folder at {@code code}: its own folder if that holds {@code rules/} (an unpacked
     * release), else the folder above (a jar in {@code target/}, classes in {@code target/classes}), else
     * above that; when none holds {@code rules/}, the jar's own folder (then no rules are found, and the
     * run says where it looked).
     */
    static Path homeBeside(Path code) {
        Path start = Files.isDirectory(code) ? code : code.getParent();
        Path folder = start;
        for (int up = 0; up < 3 && folder != null; up++, folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve(RULES))) {
                return folder;
            }
        }
        return start;
    }

    private static Optional<Path> codeLocation() {
        CodeSource source = RulesRoot.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
