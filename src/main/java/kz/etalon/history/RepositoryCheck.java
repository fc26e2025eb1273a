package kz.etalon.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Whether a workspace's history can be read, without taking the write lock or making a repository: its
 * newest commit and that commit's files are read. A workspace with no repository yet has nothing to read.
 */
public final class RepositoryCheck {

    private RepositoryCheck() {
    }

    /** Empty when the history reads (or there is none yet); else what failed, for the log. */
    public static Optional<String> problem(Path home) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(home.toAbsolutePath().normalize().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.of("the repository " + builder.getGitDir() + " has no readable HEAD");
            }
            RevCommit commit = walk.parseCommit(head);
            try (TreeWalk files = new TreeWalk(repository)) {
                files.addTree(commit.getTree());
                files.setRecursive(true);
                while (files.next()) {
                    if (!repository.getObjectDatabase().has(files.getObjectId(0))) {
                        return Optional.of("the repository " + builder.getGitDir() + " lacks " + files.getPathString());
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("the repository " + builder.getGitDir() + " cannot be read: " + e.getMessage());
        }
    }
}
