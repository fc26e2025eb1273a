package kz.etalon.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.history.Author;
import kz.etalon.history.CommitMessage;
import kz.etalon.history.WorkspaceRepository;

/**
 * What the workspace's history records besides the standards' own steps: files handed in (uploads of city
 * data), committed as their uploader's. What the files hold (their cities' names) goes into the message's
 * subject and body only, never into its trailers.
 */
final class Recording {

    private final WorkspaceRepository repository;

    Recording(WorkspaceRepository repository) {
        this.repository = repository;
    }

    /** Commits exactly {@code files} (in the workspace, the first the file handed in) by {@code author}; returns the commit id. */
    String commitFiles(Author author, String message, List<Path> files) {
        List<String> paths = files.stream().map(repository::homeRelative).toList();
        return repository.commit(author, new CommitMessage(message, "", Map.of(WorkspaceRepository.UPLOAD_TRAILER,
                paths.get(0))), paths);
    }

    /** Whether {@code file} (in the workspace) is in the newest commit. */
    boolean isCommitted(Path file) {
        return repository.isCommitted(repository.homeRelative(file));
    }
}
