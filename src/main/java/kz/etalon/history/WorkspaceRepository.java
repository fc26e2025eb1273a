package kz.etalon.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.RefAlreadyExistsException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The Git repository a workspace lives in: every save and review step is a commit of exactly the files it
 * names, so other uncommitted work in the same checkout is left as it is; history is only ever added to.
 * Thread-safe: every write holds one lock, shared by this process's threads and other processes.
 */
public final class WorkspaceRepository implements AutoCloseable {

    public static final String STANDARD_TRAILER = "Etalon-Standard";
    public static final String STEP_TRAILER = "Etalon-Step";
    /** The trailer of a file handed in (an upload): the file's path in the workspace. */
    public static final String UPLOAD_TRAILER = "Etalon-Upload";
    public static final String FIRST_SUBJECT = "Workspace as it was found";
    static final PersonIdent ETALON = new PersonIdent("Etalon", "etalon@etalon.invalid");

    private final Path home;
    private final Repository repository;
    /** The workspace folder's path inside the work tree, "" or ending in '/'. */
    private final String prefix;
    private final WorkspaceLock lock;
    private final HistoryReader reader;

    private WorkspaceRepository(Path home, Repository repository, WorkspaceLock lock) throws IOException {
        this.home = home;
        this.repository = repository;
        this.lock = lock;
        this.reader = new HistoryReader(repository);
        Path workTree = repository.getWorkTree().toPath().toRealPath();
        String inside = workTree.relativize(home).toString().replace('\\', '/');
        this.prefix = inside.isEmpty() ? "" : inside + "/";
    }

    /**
     * The repository the workspace is in, or a new one made at {@code home} (ignoring {@code .etalon/}, with a
     * first commit of what the folder holds). A {@code index.lock} left by a killed process is removed.
     */
    public static WorkspaceRepository open(Path home) {
        try {
            Path real = home.toAbsolutePath().normalize().toRealPath();
            WorkspaceLock lock = WorkspaceLock.of(real);
            try (WorkspaceLock.Held held = lock.acquire()) {
                FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(real.toFile());
                Repository repository;
                if (builder.getGitDir() == null) {
                    repository = RepositorySetup.initialised(real);
                } else {
                    repository = builder.setMustExist(true).build();
                    RepositorySetup.clearStaleLocks(repository);
                }
                if (repository.isBare()) {
                    repository.close();
                    throw new IllegalStateException("the repository of " + real + " is bare");
                }
                return new WorkspaceRepository(real, repository, lock);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the history of " + home, e);
        }
    }

    /** Whether {@code home} is in a Git repository already (reading an old version must not make one). */
    public static boolean exists(Path home) {
        return new FileRepositoryBuilder().findGitDir(home.toAbsolutePath().normalize().toFile()).getGitDir() != null;
    }

    /** Runs {@code work} holding the workspace's write lock (a check of a file and its commit as one step). */
    public <T> T locked(java.util.function.Supplier<T> work) {
        try (WorkspaceLock.Held held = lock.acquire()) {
            return work.get();
        }
    }

    /**
     * Writes the whole history (every branch and tag) as a Git bundle to {@code out}, then hands {@code alongside}
     * the same moment: both run holding the workspace's lock, so no save lands between them. Returns where HEAD was.
     */
    public HistoryBundle.Head writeBundle(java.io.OutputStream out, Runnable alongside) {
        try (WorkspaceLock.Held held = lock.acquire()) {
            HistoryBundle.Head head = HistoryBundle.write(repository, out);
            alongside.run();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the history of " + home, e);
        }
    }

    /** Whether the repository's work tree is the workspace folder itself (not a larger project that holds it). */
    public boolean ownWorkTree() {
        return prefix.isEmpty();
    }

    /** The workspace folder this repository serves. */
    public Path home() {
        return home;
    }

    /**
     * Commits exactly {@code paths} (relative to home, with '/') as they are in the folder: added, changed or
     * deleted; an empty list makes an empty commit (a review step). Returns the new commit's id. A commit
     * that fails leaves the index as it was: a file it added there is taken out again.
     */
    public String commit(Author author, CommitMessage commitMessage, List<String> paths) {
        PersonIdent who = new PersonIdent(author.name(), author.email());
        String message = commitMessage.text();
        List<String> added = new java.util.ArrayList<>();
        try (WorkspaceLock.Held held = lock.acquire(); Git git = new Git(repository)) {
            try {
                return commit(git, who, message, paths, added);
            } catch (IOException | GitAPIException | RuntimeException e) {
                unstage(git, added);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not commit " + paths, e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("could not commit " + paths + ": " + e.getMessage(), e);
        }
    }

    private String commit(Git git, PersonIdent who, String message, List<String> paths, List<String> added)
            throws IOException, GitAPIException {
        if (paths.isEmpty()) {
            return emptyCommit(who, message);
        }
        CommitCommand command = git.commit().setAuthor(who).setCommitter(who).setMessage(message)
                .setAllowEmpty(true).setSign(false);
        org.eclipse.jgit.dircache.DirCache index = repository.readDirCache();
        boolean any = false;
        for (String path : paths) {
            String inRepo = inRepository(path);
            boolean known = index.findEntry(inRepo) >= 0;
            if (!known && Files.exists(home.resolve(path))) {
                // a commit of only some paths takes them from the index: a new file is added to it first
                added.add(inRepo);
                git.add().addFilepattern(inRepo).call();
                known = true;
            }
            if (known) {
                command.setOnly(inRepo);
                any = true;
            }
        }
        if (!any) {
            return emptyCommit(who, message);
        }
        return command.call().getName();
    }

    /** Takes paths a failed commit added to the index out again, so that no later commit takes them along. */
    private static void unstage(Git git, List<String> added) {
        for (String path : added) {
            try {
                git.rm().setCached(true).addFilepattern(path).call();
            } catch (GitAPIException | RuntimeException e) {
                // the index could not be changed either (it is locked, or the disk is full): it was not changed
            }
        }
    }

    /** Whether {@code path} (relative to home) is in the newest commit: a file handed in counts only once committed. */
    public boolean isCommitted(String path) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return false;
            }
            try (org.eclipse.jgit.treewalk.TreeWalk found = org.eclipse.jgit.treewalk.TreeWalk.forPath(repository,
                    inRepository(path), walk.parseCommit(head).getTree())) {
                return found != null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a standard's id can be a tag's name (what Git allows in a tag's name). */
    public static boolean isTagName(String name) {
        return Repository.isValidRefName(Constants.R_TAGS + name);
    }

    /** The text of the file version {@code blobId} (a version a save named), if the repository has it. */
    public Optional<String> versionText(String blobId) {
        return reader.blobText(blobId);
    }

    private String emptyCommit(PersonIdent who, String message) {
        try (RevWalk walk = new RevWalk(repository); ObjectInserter inserter = repository.newObjectInserter()) {
            ObjectId head = repository.resolve(Constants.HEAD);
            CommitBuilder commit = new CommitBuilder();
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message);
            if (head == null) {
                commit.setTreeId(inserter.insert(new org.eclipse.jgit.lib.TreeFormatter()));
            } else {
                RevCommit parent = walk.parseCommit(head);
                commit.setTreeId(parent.getTree());
                commit.setParentId(parent);
            }
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository.updateRef(Constants.HEAD);
            update.setNewObjectId(id);
            update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
            update.setRefLogMessage("commit: " + message.lines().findFirst().orElse(""), false);
            RefUpdate.Result result = update.update(walk);
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
                throw new IllegalStateException("could not move HEAD to a new commit: " + result);
            }
            return id.getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Newest first: the commits that changed {@code path} or name its standard in the trailer Etalon-Standard. */
    public List<Commit> log(String path) {
        return reader.log(inRepository(path), standardId(path));
    }

    /**
     * For each standard, the newest commit that took a step of its review or authoring (trailers
     * Etalon-Standard and Etalon-Step), as of the head; read again only over the commits added since.
     */
    public Map<String, Commit> latestSteps() {
        return reader.latestSteps();
    }

    /** How many commits the reads of this repository have gone through so far (tests count walks of the history). */
    public long commitsRead() {
        return reader.commitsRead();
    }

    /** The text of {@code path} at {@code revision} (a commit id, a unique prefix of one, or a tag); empty if none. */
    public Optional<String> textAt(String path, String revision) {
        return reader.textAt(inRepository(path), revision, Location.of(Path.of(path)));
    }

    /** The commit a revision names, if it names one. */
    public Optional<Commit> resolve(String revision) {
        return reader.resolve(revision);
    }

    /** An annotated tag {@code name} on a commit, by {@code author}; an existing tag is never moved. */
    public void tag(String name, String commitId, Author author, String message) {
        try (WorkspaceLock.Held held = lock.acquire(); Git git = new Git(repository); RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(repository.resolve(commitId + "^{commit}"));
            git.tag().setName(name).setObjectId(commit).setAnnotated(true).setSigned(false)
                    .setTagger(new PersonIdent(author.name(), author.email())).setMessage(message).call();
        } catch (RefAlreadyExistsException e) {
            throw InputException.of(Location.of(Path.of(name)), "the tag `" + name + "` exists already; a tag is never "
                    + "moved, so give the new version another id");
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException("could not tag " + commitId + " as " + name + ": " + e.getMessage(), e);
        }
    }

    /** Whether the tag exists. */
    public boolean hasTag(String name) {
        try {
            return repository.exactRef(Constants.R_TAGS + name) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Git blob id of these bytes: the version a save names. */
    public static String blobId(byte[] bytes) {
        try (ObjectInserter.Formatter formatter = new ObjectInserter.Formatter()) {
            return formatter.idFor(Constants.OBJ_BLOB, bytes).getName();
        }
    }

    /** A file of the workspace as the repository names it: relative to home, with '/'. */
    public String homeRelative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = absolute.startsWith(home) ? home : home.toAbsolutePath();
        try {
            if (!absolute.startsWith(base) && Files.exists(absolute)) {
                absolute = absolute.toRealPath();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!absolute.startsWith(base)) {
            throw new IllegalArgumentException(file + " is not in the workspace " + home);
        }
        return base.relativize(absolute).toString().replace('\\', '/');
    }

    private String inRepository(String homeRelative) {
        return prefix + homeRelative;
    }

    /** {@code standards/kz-2027.yaml} → {@code kz-2027}: the id trailers name. */
    private static String standardId(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    }

    /** The repository itself, for checks of its soundness in tests. */
    Repository repository() {
        return repository;
    }

    @Override
    public void close() {
        repository.close();
    }
}
