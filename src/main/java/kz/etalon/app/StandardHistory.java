package kz.etalon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.analysis.Change;
import kz.etalon.analysis.StandardDiff;
import kz.etalon.history.Author;
import kz.etalon.history.Commit;
import kz.etalon.history.PrivateFolder;
import kz.etalon.history.WorkspaceRepository;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;

/** A standard's versions, newest first, each with its structural changes against the one before. */
final class StandardHistory {

    private final Workspace workspace;
    private final WorkspaceRepository repository;

    StandardHistory(Workspace workspace, WorkspaceRepository repository) {
        this.workspace = workspace;
        this.repository = repository;
    }

    List<Version> history(String id) {
        String path = Drafting.pathOf(id);
        List<Commit> commits = repository.log(path);
        List<String> texts = new ArrayList<>();
        List<Optional<Standard>> standards = new ArrayList<>();
        for (Commit commit : commits) {
            Optional<String> text = repository.textAt(path, commit.id());
            texts.add(text.orElse(""));
            standards.add(text.flatMap(found -> parsed(id, commit.shortId(), found)));
        }
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < commits.size(); i++) {
            Commit commit = commits.get(i);
            Optional<Standard> here = standards.get(i);
            Optional<Standard> before = i + 1 < commits.size() ? standards.get(i + 1) : Optional.empty();
            List<Change> changes = here.isPresent() && before.isPresent()
                    ? StandardDiff.between(before.get(), here.get()) : List.of();
            String step = commit.trailers().getOrDefault(WorkspaceRepository.STEP_TRAILER, "");
            versions.add(new Version(commit, step, commit.body(), changes, texts.get(i), here.isPresent()));
        }
        return versions;
    }

    StandardText restore(Drafting drafting, String id, String revision, Author author) {
        String text = repository.textAt(Drafting.pathOf(id), revision).orElseThrow(() -> InputException.of(
                Location.of(Path.of(Drafting.pathOf(id))), "no version `" + revision + "` of " + id
                        + "; `./etalon history " + id + "` lists them"));
        StandardText current = drafting.standardText(id);
        Drafting.refuseIfPublished(current, "restored");
        String restored = kz.etalon.standard.edit.YamlEdits.setTop(text, "status", "draft");
        SaveResult result = drafting.save(id, restored, current.version(), author, id + ": restored " + revision, "restored");
        if (result instanceof SaveResult.Conflict) {
            throw InputException.of(Location.of(Path.of(Drafting.pathOf(id))), id + " changed while it was restored; try again");
        }
        return drafting.standardText(id);
    }

    /** The text of a version as a standard, read from a copy under .etalon/revisions/; empty if unreadable. */
    private Optional<Standard> parsed(String id, String revision, String text) {
        Path file = materialise(workspace.home(), id, revision, text);
        return StandardReader.read(file, new Problems());
    }

    static Path materialise(Path home, String id, String revision, String text) {
        try {
            Path folder = PrivateFolder.in(home, "revisions").resolve(id + "@" + revision.replaceAll("[^A-Za-z0-9._-]", "_"));
            Files.createDirectories(folder);
            Path file = folder.resolve(id + ".yaml");
            kz.etalon.history.AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
