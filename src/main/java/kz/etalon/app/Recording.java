package kz.etalon.app;

import java.nio.file.Path;
import java.util.List;
import kz.etalon.history.Author;
import kz.etalon.history.WorkspaceRepository;

/**
 * What the workspace's history records besides the standards' own steps: files handed in (uploads of city
 * data), committed as their uploader's; and the text of a standard as a past version holds it.
 */
public final class Recording {

    private final Workspace workspace;

    public Recording(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Makes the workspace's repository if it has none, so that its first commit (of what the folder holds)
     * is made before a file is handed in and the file's own commit is its uploader's.
     */
    public void ensureHistory() {
        WorkspaceRepository.open(workspace.home()).close();
    }

    /** Commits exactly {@code files} (in the workspace) by {@code author}; returns the commit id. */
    public String commitFiles(Author author, String message, List<Path> files) {
        try (WorkspaceRepository repository = WorkspaceRepository.open(workspace.home())) {
            List<String> paths = files.stream().map(repository::homeRelative).toList();
            return repository.commit(author, message, paths);
        }
    }

    /** The texts of standards/{@code id}.yaml at each of {@code revisions}, in order ("" where the file was not there). */
    public List<String> standardTextsAt(String id, List<String> revisions) {
        try (WorkspaceRepository repository = WorkspaceRepository.open(workspace.home())) {
            return revisions.stream()
                    .map(revision -> repository.textAt("standards/" + id + ".yaml", revision).orElse("")).toList();
        }
    }
}
