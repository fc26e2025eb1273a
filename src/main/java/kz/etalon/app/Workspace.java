package kz.etalon.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.etalon.analysis.FitNote;
import kz.etalon.engine.RuleBooks;
import kz.etalon.engine.RulesRoot;
import kz.etalon.problem.Hints;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.standard.Standard;

/**
 * Where standards ({@code standards/}), rules ({@code rules/}) and bundled data ({@code data/}) live: the
 * installation folder the launcher passes as {@code etalon.home} (default: the folder the jar is in), a folder
 * the user names ({@link #named}), or the user's own ({@link PersonalWorkspace}) when the installation is
 * read-only. Standards are named by id or by path; paths a user types are taken from the working directory.
 */
public final class Workspace {

    public static final String DEFAULT_STANDARD = "kz-2019";

    private static final Pattern ID_YEAR = Pattern.compile("(.+)-([0-9]{4})");
    private static final Pattern DATA_FILE = Pattern.compile("(.+)-([0-9]{4})-cities\\.csv");

    private final Path home;
    private final Path workingDir;
    private final RuleBooks ruleBooks;

    public Workspace(Path home, Path workingDir) {
        this(home, workingDir, new RuleBooks(rulesRoot(home.toAbsolutePath().normalize())));
    }

    /** A workspace whose rule books come from {@code ruleBooks} (tests count what it resolves). */
    public Workspace(Path home, Path workingDir, RuleBooks ruleBooks) {
        this.home = home.toAbsolutePath().normalize();
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.ruleBooks = ruleBooks;
    }

    /** The environment variable that names the workspace when {@code --workspace} does not. */
    public static final String ENVIRONMENT = "ETALON_WORKSPACE";

    /**
     * The workspace at {@code folder}, a path the user typed (from the working directory): its standards and
     * data, and its own {@code rules/}, since its owner named the folder (without one, this workspace's rules).
     * Refused when it holds no standards/.
     */
    public Workspace named(Path folder, String namedBy) {
        Path named = workingDir.resolve(folder).toAbsolutePath().normalize();
        if (!Files.isDirectory(named.resolve("standards"))) {
            throw InputException.of(Location.of(shown(named)), "no standards/ folder in " + shown(named) + " (" + namedBy
                    + "): a workspace holds standards/, rules/ and data/; name another folder, or copy Etalon's own "
                    + "standards/, rules/ and data/ (in " + home + ") there to start one");
        }
        // its own rules/, which its owner named with it; one without rules/ scores with the installation's
        return Files.isDirectory(named.resolve("rules")) ? new Workspace(named, workingDir) : withStandardsAndDataOf(named);
    }

    /**
     * Refuses a workspace this user may not write in: a server on it could save nothing, and would fail at
     * every page that takes the workspace's lock.
     */
    public void requireWritable(Predicate<Path> writable) {
        Path own = home.resolve(".etalon");
        if (!writable.test(home) || Files.isDirectory(own) && !writable.test(own)) {
            throw InputException.of(Location.of(home), "you may not write in " + (writable.test(home) ? own : home)
                    + ", so it cannot be served: every save is written there; name a folder you may write in with "
                    + "--workspace DIR or " + ENVIRONMENT + "=DIR");
        }
    }

    /** This workspace's rules and working directory with the standards and data of {@code folder}. */
    Workspace withStandardsAndDataOf(Path folder) {
        return new Workspace(folder, workingDir, ruleBooks);
    }

    public static Workspace fromEnvironment() {
        Path cwd = Path.of("").toAbsolutePath();
        return new Workspace(RulesRoot.installationHome(System.getProperty(RulesRoot.HOME_PROPERTY)), cwd);
    }

    /** The one place the trusted rules root is decided: DRL is loaded from nowhere else. */
    static Path rulesRoot(Path home) {
        return RulesRoot.choose(Optional.empty(), home);
    }

    /** The workspace folder itself (its standards/, rules/, data/ and .etalon/). */
    public Path home() {
        return home;
    }

    /** The trusted rules root the rule books load DRL from. */
    public Path rulesFolder() {
        return ruleBooks.rulesRoot();
    }

    public RuleBooks ruleBooks() {
        return ruleBooks;
    }

    /** {@code kz-2018} means standards/kz-2018.yaml; anything with a slash or a .yaml ending is a path. */
    public Path standardFile(String idOrPath) {
        if (!isStandardId(idOrPath)) {
            return shown(workingDir.resolve(idOrPath));
        }
        int at = idOrPath.indexOf('@');
        if (at > 0) {
            return revisionFile(idOrPath.substring(0, at), idOrPath.substring(at + 1));
        }
        Path file = home.resolve("standards").resolve(idOrPath + ".yaml");
        if (!Files.isRegularFile(file)) {
            String hint = Hints.didYouMean(idOrPath, standards());
            throw InputException.of(Location.of(shown(file)), "no standard `" + idOrPath + "`"
                    + (hint.isEmpty() ? "; known: " : hint + " Known: ")
                    + String.join(", ", standards()) + " (or give the path of a YAML file)");
        }
        return shown(file);
    }

    /**
     * The id of a standard in this workspace's standards/, for the commands that change or list a standard's
     * versions (publish, history): its id, or the path of its file there. Any other path, or a revision, is
     * refused with what to write instead.
     */
    public String standardId(String idOrPath) {
        if (isStandardId(idOrPath)) {
            if (idOrPath.contains("@")) {
                String id = idOrPath.substring(0, idOrPath.indexOf('@'));
                throw InputException.of(Location.of(shown(home.resolve("standards").resolve(id + ".yaml"))), "`" + idOrPath
                        + "` names one version; name the standard alone: `" + id + "`");
            }
            standardFile(idOrPath);
            return idOrPath;
        }
        Path file = workingDir.resolve(idOrPath).toAbsolutePath().normalize();
        String name = file.getFileName() == null ? "" : file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Path standards = home.resolve("standards");
        if (file.getParent() != null && file.getParent().equals(standards) && Files.isRegularFile(file)) {
            return name;
        }
        Path parent = file.getParent();
        String workspaceHint = parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("standards")
                && parent.getParent() != null ? " --workspace " + parent.getParent() : "";
        throw InputException.of(Location.of(shown(file)), "`" + idOrPath + "` is a path, and only a standard of the workspace "
                + home + " (in its standards/) has versions here; write its id: `" + name + workspaceHint + "`"
                + (workspaceHint.isEmpty() ? " (with --workspace DIR for another workspace)" : ""));
    }

    /** {@code ID@REVISION}: the text of that version, written under .etalon/revisions/ to be read like any file. */
    private Path revisionFile(String id, String revision) {
        String path = "standards/" + id + ".yaml";
        if (!kz.etalon.history.WorkspaceRepository.exists(home)) {
            throw InputException.of(Location.of(shown(home.resolve(path))), "`" + id + "@" + revision + "` names a version, "
                    + "but " + home + " has no history yet (it is not in a Git repository); name the standard by id");
        }
        Optional<String> text;
        try (kz.etalon.history.WorkspaceRepository repository = kz.etalon.history.WorkspaceRepository.open(home)) {
            text = repository.textAt(path, revision);
        }
        if (text.isEmpty()) {
            throw InputException.of(Location.of(shown(home.resolve(path))), "no version `" + revision + "` of " + id
                    + " (give a commit id, the start of one, or a tag; `etalon history " + id + "` lists them)");
        }
        return shown(StandardHistory.materialise(home, id, revision, text.get()));
    }

    /** Whether {@code idOrPath} is an id (a standard in standards/) rather than the path of a file. */
    public boolean isStandardId(String idOrPath) {
        return !(idOrPath.contains("/") || idOrPath.contains("\\") || idOrPath.endsWith(".yaml") || idOrPath.endsWith(".yml"));
    }

    /** A data file and, when it is another year's, a note that says so. */
    public record BundledData(Path file, Optional<FitNote> note) {
    }

    /**
     * The bundled data of a standard, data/{@code <id>}-cities.csv; for a standard with no data of its
     * own (a new version), the newest bundled data of an earlier year of the same family, with a note.
     */
    public BundledData bundledData(String standardId) {
        Path own = home.resolve("data").resolve(standardId + "-cities.csv");
        if (Files.isRegularFile(own)) {
            return new BundledData(shown(own), Optional.empty());
        }
        Matcher idYear = ID_YEAR.matcher(standardId);
        if (idYear.matches()) {
            int year = Integer.parseInt(idYear.group(2));
            Optional<Path> earlier = dataSets().stream()
                    .filter(file -> {
                        Matcher m = DATA_FILE.matcher(file.getFileName().toString());
                        return m.matches() && m.group(1).equals(idYear.group(1)) && Integer.parseInt(m.group(2)) < year;
                    })
                    .max(Comparator.comparing(file -> file.getFileName().toString()));
            if (earlier.isPresent()) {
                Path file = shown(earlier.get());
                return new BundledData(file, Optional.of(new FitNote(FitNote.Kind.BORROWED_DATA, List.of(standardId, file))));
            }
        }
        throw InputException.of(Location.of(shown(own)), "no bundled city data for " + standardId
                + "; give a file with --cities FILE");
    }

    /** A data file to read, and the notes on choosing it. */
    record DataFile(Path file, List<FitNote> notes) {
    }

    /** The file a user named, or the standard's bundled data. */
    DataFile dataFile(Standard standard, Path cities) {
        if (cities != null) {
            return new DataFile(userFile(cities), List.of());
        }
        BundledData bundled = bundledData(standard.id());
        return new DataFile(bundled.file(), bundled.note().stream().toList());
    }
    /** A path a user typed, taken from the working directory. */
    public Path userFile(Path path) {
        return shown(workingDir.resolve(path));
    }

    /** The ids of the standards in standards/, sorted. */
    public List<String> standards() {
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

    /** The bundled data files in data/, sorted by name. */
    public List<Path> dataSets() {
        try (Stream<Path> files = Files.list(home.resolve("data"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-cities.csv")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Paths under the working directory are shown relative to it, as a user typed them. */
    private Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute;
    }
}
