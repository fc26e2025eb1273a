package kz.etalon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.etalon.analysis.StandardDiff;
import kz.etalon.history.AtomicFile;
import kz.etalon.history.Author;
import kz.etalon.history.Commit;
import kz.etalon.history.PrivateFolder;
import kz.etalon.history.WorkspaceRepository;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import kz.etalon.standard.Status;
import kz.etalon.standard.edit.YamlEdits;

/**
 * Drafts of a standard: text that is not in a file yet is checked and previewed from a private copy under
 * {@code .etalon/scratch/} (its problems named as {@code standards/<id>.yaml}); saves are commits.
 */
final class Drafting {

    private final Workspace workspace;
    private final WorkspaceRepository repository;

    Drafting(Workspace workspace, WorkspaceRepository repository) {
        this.workspace = workspace;
        this.repository = repository;
    }

    static String pathOf(String id) {
        return "standards/" + id + ".yaml";
    }

    Path fileOf(String id) {
        return workspace.home().resolve("standards").resolve(id + ".yaml");
    }

    StandardText standardText(String id) {
        Path file = fileOf(id);
        if (!Files.isRegularFile(file)) {
            workspace.standardFile(id);  // says which standards there are
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            Optional<Standard> standard = StandardReader.read(file, new Problems());
            Status status = status(standard, text);
            Optional<String> basedOn = standard.map(Standard::basedOn).orElse(TopKeys.value(text, "based_on"));
            return new StandardText(id, text, WorkspaceRepository.blobId(bytes), status,
                    new Reviewing(this, repository).state(id), basedOn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status of a standard's file {@code bytes}: as the standard says, or as its top key says when it does not read. */
    static Status status(Path file, byte[] bytes) {
        return status(StandardReader.read(file, new Problems()), new String(bytes, StandardCharsets.UTF_8));
    }

    private static Status status(Optional<Standard> standard, String text) {
        return standard.map(Standard::status).orElse(TopKeys.status(text));
    }

    /** Every problem of {@code text} as standards/{@code id}.yaml: errors and warnings. */
    List<Problem> check(String id, String text) {
        return inScratch(id, text, file -> {
            try {
                return shownAs(id, file, new Etalon(workspace).validate(Workspace.DEFAULT_STANDARD, List.of(file)));
            } catch (InputException e) {
                return shownAs(id, file, e.problems());
            }
        });
    }

    Preview preview(String id, String text, Path data) {
        return inScratch(id, text, file -> {
            try {
                LoadedStandard draft = new StandardLoader(workspace).load(file);
                String base = draft.standard().basedOn().orElseThrow(() -> InputException.of(
                        new Location(Path.of(pathOf(id)), 1, 0), "the draft names no `based_on:` standard to compare "
                                + "it with; add `based_on: <id>` (e.g. based_on: " + Workspace.DEFAULT_STANDARD + ")"));
                if (!workspace.isStandardId(base) || !workspace.standards().contains(base)) {
                    throw InputException.of(draft.standard().lineOf("based_on"), "`based_on: " + base + "` names no "
                            + "standard of this workspace; name one of: " + String.join(", ", workspace.standards()));
                }
                Comparing.Compared compared = new Comparing(workspace).compare(List.of(base, file.toString()),
                        data == null ? List.of() : List.of(data));
                return new Preview(compared, StandardDiff.between(compared.before().standard(), compared.after().standard()));
            } catch (InputException e) {
                throw new InputException(shownAs(id, file, e.problems()));
            }
        });
    }

    StandardText newDraft(String fromId, String newId, int year, Author author) {
        StandardText from = standardText(fromId);
        kz.etalon.standard.StandardId.problem(newId).ifPresent(why -> {
            throw InputException.of(Location.of(Path.of(pathOf(newId))), "standard id `" + newId + "` " + why);
        });
        if (!WorkspaceRepository.isTagName(newId)) {
            throw InputException.of(Location.of(Path.of(pathOf(newId))), "standard id `" + newId
                    + "` cannot be the name of a published version (a Git tag); choose another");
        }
        String text = YamlEdits.setTop(from.text(), "id", newId);
        text = YamlEdits.setTop(text, "year", Integer.toString(year));
        text = YamlEdits.setTop(text, "status", "draft");
        text = YamlEdits.setTop(text, "based_on", fromId);
        String draftText = text;
        repository.locked(() -> {
            Path file = fileOf(newId);
            if (Files.exists(file) || repository.hasTag(newId)) {
                throw InputException.of(Location.of(Path.of(pathOf(newId))), "a standard `" + newId
                        + "` exists already; choose another id for the new draft");
            }
            AtomicFile.write(file, draftText.getBytes(StandardCharsets.UTF_8));
            return repository.commit(author, Steps.message(newId, "created", newId + ": new draft from " + fromId, ""),
                    List.of(pathOf(newId)));
        });
        return standardText(newId);
    }

    SaveResult save(String id, String text, String baseVersion, Author author, String message, String step) {
        List<Problem> errors = check(id, text).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return repository.locked(() -> {
            StandardText current = standardText(id);
            refuseIfPublished(current, step);
            if (!current.version().equals(baseVersion)) {
                List<Commit> log = repository.log(pathOf(id));
                return new SaveResult.Conflict(current, text, log.isEmpty() ? null : log.get(0));
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            AtomicFile.write(fileOf(id), bytes);
            String subject = message == null || message.isBlank() ? id + ": " + step : message.strip();
            String commit = repository.commit(author, Steps.message(id, step, subject, ""), List.of(pathOf(id)));
            return new SaveResult.Saved(WorkspaceRepository.blobId(bytes), commit);
        });
    }

    static void refuseIfPublished(StandardText current, String what) {
        if (current.status() == Status.PUBLISHED) {
            throw InputException.of(Location.of(Path.of(pathOf(current.id()))), current.id() + " is published and "
                    + "read-only, so it cannot be " + what + "; make a new draft from it instead");
        }
    }

    private interface InFile<T> {
        T apply(Path file);
    }

    /** Runs {@code work} on {@code text} written as {@code <id>.yaml} in a private folder, removed afterwards. */
    private <T> T inScratch(String id, String text, InFile<T> work) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(PrivateFolder.in(workspace.home(), "scratch"), "check");
            String name = kz.etalon.standard.StandardId.problem(id).isEmpty() ? id : "standard";
            Path file = folder.resolve(name + ".yaml");
            AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));   // owner-only, as .etalon/ is
            return work.apply(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException ignored) {
                    // a stray scratch folder is cleaned up by nobody but harms nobody
                }
            }
        }
    }

    /** Problems located in the scratch copy, as the user knows the file: standards/<id>.yaml. */
    private static List<Problem> shownAs(String id, Path scratch, List<Problem> problems) {
        Path shown = Path.of("standards", id + ".yaml");
        Path absolute = scratch.toAbsolutePath().normalize();
        List<Problem> mapped = new ArrayList<>();
        for (Problem problem : problems) {
            Location where = problem.where();
            if (where != null && where.file() != null && (where.file().isAbsolute()
                    ? where.file().normalize().equals(absolute) : absolute.endsWith(where.file().normalize()))) {
                where = new Location(shown, where.line(), where.column(), where.cell());
            }
            mapped.add(new Problem(where, problem.severity(), problem.message().replace(absolute.toString(), shown.toString())
                    .replace(absolute.getParent().getFileName() + java.io.File.separator + absolute.getFileName(), shown.toString())));
        }
        return mapped;
    }
}
