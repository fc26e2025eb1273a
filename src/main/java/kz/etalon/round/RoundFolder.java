package kz.etalon.round;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kz.etalon.history.AtomicFile;
import kz.etalon.history.Author;
import kz.etalon.history.Commit;
import kz.etalon.history.CommitMessage;
import kz.etalon.history.WorkspaceRepository;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * Where the rounds of a workspace live, {@code rounds/<round>/}: {@code round.yaml}, {@code cities/<city>.csv},
 * {@code log.csv}, {@code approved.csv} (the approved values, a data set like any) and
 * {@code questions/<city>.csv} (the reviewers' questions on a city's values and its answers). Every change is written
 * whole (a temporary file, then a rename) and committed as one step, under the workspace's write lock.
 */
public final class RoundFolder {

    public static final String ROUND_TRAILER = "Etalon-Round";
    static final String FOLDER = "rounds";

    private final Path home;
    private final Supplier<WorkspaceRepository> repository;

    /**
     * @param repository the workspace's repository, opened (or made) only when a round is written or its
     *                   history read: listing and reading rounds leaves a workspace without history as it is
     */
    public RoundFolder(Path home, Supplier<WorkspaceRepository> repository) {
        this.home = home;
        this.repository = repository;
    }

    /** {@code rounds/<round>/<name>}: a path relative to the workspace, with '/'. */
    public static String path(String round, String name) {
        return FOLDER + "/" + Round.checkedId(round) + "/" + name;
    }

    public static String roundPath(String round) {
        return path(round, "round.yaml");
    }

    public static String cityPath(String round, RoundCity city) {
        return path(round, "cities/" + city.fileName());
    }

    public static String logPath(String round) {
        return path(round, "log.csv");
    }

    public static String approvedPath(String round) {
        return path(round, "approved.csv");
    }

    public static String questionsPath(String round, RoundCity city) {
        return path(round, "questions/" + city.fileName());
    }

    public Path file(String relative) {
        return home.resolve(relative);
    }

    public boolean exists(String round) {
        return Round.isId(round) && Files.isRegularFile(file(roundPath(round)));
    }

    /** The ids of the rounds in the workspace, sorted. */
    public List<String> ids() {
        Path folder = home.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).filter(this::exists).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Round round(String id) {
        String path = roundPath(id);
        Optional<String> text = read(path);
        if (text.isEmpty()) {
            List<String> known = ids();
            throw InputException.of(Location.of(Path.of(path)), "no round `" + id + "`; " + (known.isEmpty()
                    ? "open one with `./etalon round open`" : "rounds: " + String.join(", ", known)));
        }
        return RoundYaml.parse(text.get(), Path.of(path));
    }

    public CityValues values(Round round, RoundCity city) {
        String path = cityPath(round.id(), city);
        return read(path).map(text -> CityValues.parse(city.name(), text, Path.of(path)))
                .orElseGet(() -> new CityValues(city.name(), Map.of()));
    }

    public CityQuestions questions(Round round, RoundCity city) {
        String path = questionsPath(round.id(), city);
        return read(path).map(text -> CityQuestions.parse(text, Path.of(path))).orElseGet(CityQuestions::none);
    }

    public List<Step> log(String round) {
        String path = logPath(round);
        return read(path).map(text -> StepLog.parse(text, Path.of(path))).orElseGet(List::of);
    }

    /** A city's state: the last of its submitted, returned, approved or reopened steps; else whether it has values. */
    public static CityState state(RoundCity city, CityValues values, List<Step> log) {
        for (int i = log.size() - 1; i >= 0; i--) {
            Step step = log.get(i);
            if (!step.city().equals(city.name())) {
                continue;
            }
            switch (step.kind()) {
                case SUBMITTED:
                    return CityState.SUBMITTED;
                case RETURNED:
                    return CityState.RETURNED;
                case APPROVED:
                    return CityState.APPROVED;
                case REOPENED:
                    return CityState.IN_PROGRESS;
                default:
                    break;
            }
        }
        return values.values().isEmpty() ? CityState.NOT_STARTED : CityState.IN_PROGRESS;
    }

    /** Runs {@code work} holding the workspace's write lock: what it reads stays as read until it commits. */
    public <T> T locked(Supplier<T> work) {
        return repository.get().locked(work);
    }

    /** The texts of a change, by path; written in this order (the log last: it is what says a step was made). */
    public static final class Change {
        private final Map<String, String> texts = new LinkedHashMap<>();

        public Change round(Round round) {
            texts.put(roundPath(round.id()), RoundYaml.text(round));
            return this;
        }

        public Change values(Round round, CityValues values, List<String> order) {
            texts.put(cityPath(round.id(), round.cityOrThrow(values.city(), Path.of(roundPath(round.id())))),
                    values.text(order));
            return this;
        }

        public Change approved(String round, String csv) {
            texts.put(approvedPath(round), csv);
            return this;
        }

        public Change questions(String round, RoundCity city, CityQuestions questions) {
            texts.put(questionsPath(round, city), questions.text());
            return this;
        }

        public Change log(String round, List<Step> steps) {
            texts.put(logPath(round), StepLog.text(steps));
            return this;
        }
    }

    /**
     * Writes every file of {@code change} whole and commits exactly them as one step of {@code round}; the
     * subject names round, city and step, which are plain ids and names, never text a user typed freely.
     */
    public String write(Change change, Author author, String round, String city, Step.Kind step) {
        return write(change, author, round, city, step, "");
    }

    /** As {@link #write(Change, Author, String, String, Step.Kind)}, with text a user typed as the message's body. */
    public String write(Change change, Author author, String round, String city, Step.Kind step, String body) {
        WorkspaceRepository history = repository.get();
        return history.locked(() -> {
            List<String> paths = new ArrayList<>();
            Map<String, String> ordered = new LinkedHashMap<>(change.texts);
            String log = ordered.remove(logPath(round));
            if (log != null) {
                ordered.put(logPath(round), log);
            }
            ordered.forEach((path, text) -> {
                AtomicFile.write(file(path), text.getBytes(StandardCharsets.UTF_8));
                paths.add(path);
            });
            String subject = "round " + round + ": " + (city.isEmpty() ? "" : city + " ") + step.key();
            Map<String, String> trailers = new LinkedHashMap<>();
            trailers.put(ROUND_TRAILER, round);
            trailers.put(WorkspaceRepository.STEP_TRAILER, step.key());
            return history.commit(author, new CommitMessage(subject, body, trailers), paths);
        });
    }

    /** Newest first: the commits that changed a file of a round, and the file's text after each. */
    public List<Version> versions(String path) {
        List<Version> versions = new ArrayList<>();
        if (!WorkspaceRepository.exists(home)) {
            return versions;
        }
        WorkspaceRepository history = repository.get();
        for (Commit commit : history.log(path)) {
            versions.add(new Version(commit, history.textAt(path, commit.id()).orElse("")));
        }
        return versions;
    }

    /** A file's text after a commit. */
    public record Version(Commit commit, String text) {
    }

    /** A city's values from the text of one version of its file. */
    public static CityValues parseValues(RoundCity city, String text, String path) {
        return text.isEmpty() ? new CityValues(city.name(), Map.of()) : CityValues.parse(city.name(), text, Path.of(path));
    }

    private Optional<String> read(String path) {
        try {
            return Optional.of(Files.readString(file(path), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }
}
