package kz.etalon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.etalon.engine.RuleBooks;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * The project folder (standards/, rules/, data/): the launcher passes it as {@code etalon.home}; it
 * defaults to the working directory. Standards are named by id or by path; DRL comes only from here.
 */
public final class Project {

    public static final String DEFAULT_STANDARD = "kz-2019";

    private final Path home;
    private final Path workingDir;
    private final RuleBooks ruleBooks;

    public Project(Path home, Path workingDir) {
        this.home = home.toAbsolutePath().normalize();
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.ruleBooks = new RuleBooks(this.home.resolve("rules"));
    }

    public static Project fromEnvironment() {
        Path cwd = Path.of("").toAbsolutePath();
        String home = System.getProperty("etalon.home");
        return new Project(kz.etalon.engine.RulesRoot.installationHome(home), cwd);
    }

    public RuleBooks ruleBooks() {
        return ruleBooks;
    }

    /** {@code kz-2018} means standards/kz-2018.yaml; anything with a slash or a .yaml ending is a path. */
    public Path standardFile(String idOrPath) {
        boolean isPath = idOrPath.contains("/") || idOrPath.contains("\\") || idOrPath.endsWith(".yaml")
                || idOrPath.endsWith(".yml");
        if (isPath) {
            return shown(workingDir.resolve(idOrPath));
        }
        Path file = home.resolve("standards").resolve(idOrPath + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw InputException.of(Location.of(shown(file)), "no standard `" + idOrPath + "`; known: "
                    + String.join(", ", knownStandards()) + " (or give the path of a YAML file)");
        }
        return shown(file);
    }

    /** The bundled data of a standard, data/{@code <id>}-cities.csv. */
    public Path defaultCities(String standardId) {
        Path file = home.resolve("data").resolve(standardId + "-cities.csv");
        if (!Files.isRegularFile(file)) {
            throw InputException.of(Location.of(shown(file)), "no bundled city data for " + standardId
                    + "; give a file with --cities FILE");
        }
        return shown(file);
    }

    public Path userFile(Path path) {
        return shown(workingDir.resolve(path));
    }

    /** Paths under the working directory are shown relative to it, as a user typed them. */
    private Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute;
    }

    private List<String> knownStandards() {
        try (Stream<Path> files = Files.list(home.resolve("standards"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
