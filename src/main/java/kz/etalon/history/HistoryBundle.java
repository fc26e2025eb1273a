package kz.etalon.history;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.BundleWriter;
import org.eclipse.jgit.transport.RefSpec;

/**
 * A repository's whole history as one Git bundle (every branch and tag, readable by {@code git clone}), and a
 * new repository made from one: its branches, its tags and a work tree checked out at the bundle's HEAD.
 */
public final class HistoryBundle {

    private HistoryBundle() {
    }

    /** Where HEAD pointed when a bundle was written: a branch ({@code refs/heads/main}) or, detached, a commit id; and its commit. */
    public record Head(String branchOrCommit, String commit) {
    }

    /** Writes the bundle of {@code repository}'s branches and tags; call it holding the workspace's lock. */
    static Head write(Repository repository, OutputStream out) throws IOException {
        BundleWriter bundle = new BundleWriter(repository);
        List<Ref> refs = repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS);
        for (Ref ref : refs) {
            bundle.include(ref);
        }
        for (Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            bundle.include(tag);
        }
        Ref head = repository.exactRef(Constants.HEAD);
        if (head == null || head.getObjectId() == null) {
            throw new IOException("the repository " + repository.getDirectory() + " has no commit to back up");
        }
        bundle.include(Constants.HEAD, head.getObjectId());
        bundle.writeBundle(NullProgressMonitor.INSTANCE, out);
        String commit = head.getObjectId().getName();
        return new Head(head.isSymbolic() ? head.getTarget().getName() : commit, commit);
    }

    /** A new repository at {@code home} (an empty folder) with everything {@code bundle} holds, checked out at {@code head}. */
    public static void restore(Path bundle, Path home, Head head) {
        try (Git git = Git.init().setDirectory(home.toFile()).setInitialBranch("main").call()) {
            git.fetch().setRemote(bundle.toUri().toString())
                    .setRefSpecs(new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*"))
                    .call();
            Repository repository = git.getRepository();
            if (head.branchOrCommit().startsWith(Constants.R_HEADS)) {
                RefUpdate update = repository.updateRef(Constants.HEAD);
                update.link(head.branchOrCommit());
            } else {
                RefUpdate update = repository.updateRef(Constants.HEAD, true);
                update.setNewObjectId(ObjectId.fromString(head.branchOrCommit()));
                update.forceUpdate();
            }
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(Constants.HEAD).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException("could not restore the history into " + home + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not restore the history into " + home, e);
        }
    }
}
