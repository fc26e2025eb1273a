package kz.etalon.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reading a workspace's history: which commits changed a file, a file's text at a revision, the commit a
 * revision names. Paths are the repository's (from its work tree's root); reads take no lock.
 */
final class HistoryReader {

    private final Repository repository;
    /** Commits read by every walk so far: what the tests count to see that a page does not walk the history again. */
    private final AtomicLong commitsRead = new AtomicLong();
    /** The newest step of each standard as of {@code stepsHead}; guarded by {@code this}. */
    private Map<String, Commit> steps = Map.of();
    private ObjectId stepsHead;

    HistoryReader(Repository repository) {
        this.repository = repository;
    }

    long commitsRead() {
        return commitsRead.get();
    }

    /**
     * For each standard named in a trailer Etalon-Standard, the newest commit with a step (trailer
     * Etalon-Step). Kept for the head it was read at: a call with the same head reads nothing, and after
     * new commits only those are read (history is only ever added to; a head that is not a descendant of
     * the one read before is read whole).
     */
    synchronized Map<String, Commit> latestSteps() {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return Map.of();
            }
            if (head.equals(stepsHead)) {
                return steps;
            }
            RevCommit start = walk.parseCommit(head);
            boolean onTop = stepsHead != null && walk.isMergedInto(walk.parseCommit(stepsHead), start);
            walk.reset();
            walk.markStart(start);
            if (onTop) {
                walk.markUninteresting(walk.parseCommit(stepsHead));
            }
            Map<String, Commit> newer = new HashMap<>();
            for (RevCommit commit : walk) {
                commitsRead.incrementAndGet();
                Map<String, String> trailers = CommitMessages.trailers(commit);
                String standard = trailers.get(WorkspaceRepository.STANDARD_TRAILER);
                if (standard != null && trailers.get(WorkspaceRepository.STEP_TRAILER) != null && !newer.containsKey(standard)) {
                    newer.put(standard, CommitMessages.commit(commit, trailers));
                }
            }
            Map<String, Commit> all = new HashMap<>(onTop ? steps : Map.of());
            all.putAll(newer);
            steps = Map.copyOf(all);
            stepsHead = head.copy();
            return steps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Newest first: the commits that changed {@code path} or name standard {@code id} in the trailer Etalon-Standard. */
    List<Commit> log(String path, String id) {
        List<Commit> commits = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return commits;
            }
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                commitsRead.incrementAndGet();
                Map<String, String> trailers = CommitMessages.trailers(commit);
                if (id.equals(trailers.get(WorkspaceRepository.STANDARD_TRAILER)) || changes(walk, commit, path)) {
                    commits.add(CommitMessages.commit(commit, trailers));
                }
            }
            return commits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a commit changed the file (for a merge: differs from every parent). */
    private boolean changes(RevWalk walk, RevCommit commit, String path) throws IOException {
        ObjectId here = blobAt(commit.getTree(), path);
        if (commit.getParentCount() == 0) {
            return here != null;
        }
        for (RevCommit parent : commit.getParents()) {
            ObjectId before = blobAt(walk.parseCommit(parent).getTree(), path);
            if (here == null ? before == null : here.equals(before)) {
                return false;
            }
        }
        return true;
    }

    private ObjectId blobAt(RevTree tree, String path) throws IOException {
        try (TreeWalk found = TreeWalk.forPath(repository, path, tree)) {
            return found == null ? null : found.getObjectId(0);
        }
    }

    /**
     * The text of {@code path} at {@code revision} (a commit id, a unique prefix of one, or a tag); empty
     * if none. A revision that starts more than one commit id is an error at {@code file}.
     */
    Optional<String> textAt(String path, String revision, Location file) {
        if (!nameable(revision)) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId commitId = repository.resolve(revision + "^{commit}");
            if (commitId == null) {
                return Optional.empty();
            }
            ObjectId blob = blobAt(walk.parseCommit(commitId).getTree(), path);
            if (blob == null) {
                return Optional.empty();
            }
            return Optional.of(new String(repository.open(blob, Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8));
        } catch (AmbiguousObjectException e) {
            throw InputException.of(file, "revision `" + revision
                    + "` is the start of more than one commit id; give more of it");
        } catch (RevisionSyntaxException | org.eclipse.jgit.errors.MissingObjectException
                 | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a blob named by its full id, if the repository has one. */
    Optional<String> blobText(String blobId) {
        if (blobId == null || !ObjectId.isId(blobId)) {
            return Optional.empty();
        }
        try {
            ObjectId id = ObjectId.fromString(blobId);
            if (!repository.getObjectDatabase().has(id)) {
                return Optional.empty();
            }
            return Optional.of(new String(repository.open(id, Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8));
        } catch (org.eclipse.jgit.errors.MissingObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commit a revision names, if it names one. */
    Optional<Commit> resolve(String revision) {
        if (!nameable(revision)) {
            return Optional.empty();
        }
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId commitId = repository.resolve(revision + "^{commit}");
            if (commitId == null) {
                return Optional.empty();
            }
            RevCommit commit = walk.parseCommit(commitId);
            return Optional.of(CommitMessages.commit(commit, CommitMessages.trailers(commit)));
        } catch (RevisionSyntaxException | AmbiguousObjectException | org.eclipse.jgit.errors.MissingObjectException
                 | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code revision} could name a commit at all: a revision longer than any tag or commit id the
     * workspace makes, or holding control characters, names none, and asking Git would make it look for a
     * file by that name (which the file system refuses, loudly).
     */
    private static boolean nameable(String revision) {
        return revision != null && !revision.isEmpty() && revision.length() <= 200
                && revision.chars().noneMatch(Character::isISOControl);
    }
}
