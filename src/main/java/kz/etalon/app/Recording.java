package kz.etalon.app;

import java.nio.file.Path;
import java.util.List;
import kz.etalon.history.Author;
import kz.etalon.history.WorkspaceRepository;

/**
 * What the workspace's history records besides the standards' own steps: files handed in (uploads of city
 * data), committed as their uploader's.
 */
final class Recording {

    private final WorkspaceRepository repository;

    Recording(WorkspaceRepository repository) {
        this.repository = repository;
    }

    /** Commits exactly {@code files} (in the workspace) by {@code author}; returns the commit id. */
    String commitFiles(Author author, String message, List<Path> files) {
        List<String> paths = files.stream().map(repository::homeRelative).toList();
        return repository.commit(author, message, paths);
    }
}
