package kz.etalon.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;

/** Making a workspace a repository the first time, and clearing what a killed writer left behind. */
final class RepositorySetup {

    private RepositorySetup() {
    }

    /** A new repository at {@code home}: {@code .etalon/} ignored, and what the folder holds as the first commit. */
    static Repository initialised(Path home) throws IOException {
        try {
            Git git = Git.init().setDirectory(home.toFile()).setInitialBranch("main").call();
            Path ignore = home.resolve(".gitignore");
            String ignored = Files.isRegularFile(ignore) ? Files.readString(ignore) : "";
            if (!ignored.lines().anyMatch(line -> line.trim().equals(".etalon/") || line.trim().equals(".etalon"))) {
                String text = ignored.isEmpty() || ignored.endsWith("\n") ? ignored : ignored + "\n";
                AtomicFile.write(ignore, (text + ".etalon/\n").getBytes(StandardCharsets.UTF_8));
            }
            git.add().addFilepattern(".").call();
            git.commit().setAuthor(WorkspaceRepository.ETALON).setCommitter(WorkspaceRepository.ETALON)
                    .setMessage(WorkspaceRepository.FIRST_SUBJECT).setAllowEmpty(true)
                    .setSign(false).call();
            return git.getRepository();
        } catch (GitAPIException e) {
            throw new IOException(e);
        }
    }

    /** Only this lock's holders write here, so lock files found while nobody holds it were left by a crash. */
    static void clearStaleLocks(Repository repository) throws IOException {
        Path gitDir = repository.getDirectory().toPath();
        Files.deleteIfExists(gitDir.resolve("index.lock"));
        Files.deleteIfExists(gitDir.resolve("HEAD.lock"));
        String branch = repository.getFullBranch();
        if (branch != null && branch.startsWith(Constants.R_REFS)) {
            Path common = repository.getCommonDirectory().toPath();
            Files.deleteIfExists(common.resolve(branch + ".lock"));
        }
    }
}
