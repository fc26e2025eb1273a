package kz.etalon.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.etalon.history.Commit;
import kz.etalon.history.WorkspaceRepository;
import kz.etalon.standard.Status;

/**
 * Which drafts wait for review, from what changes the answer: the newest step of each standard (read
 * once per head of the repository) and the status in each standard's file (read once per content of the
 * file). Every page's menu asks it, so it never reads a standard whose last step is not a submission.
 */
final class ReviewQueue {

    /** Statuses known, by standard id and the blob id of its file; dropped whole when it grows past this. */
    private static final int MOST_KNOWN = 512;

    private final Map<String, Status> statuses = new ConcurrentHashMap<>();

    /** The ids of the drafts whose last step is a submission, in the order of {@code ids}. */
    List<String> waiting(Workspace workspace, WorkspaceRepository repository, List<String> ids) {
        Map<String, Commit> steps = repository.latestSteps();
        List<String> waiting = new ArrayList<>();
        for (String id : ids) {
            Commit step = steps.get(id);
            if (step != null && "submitted".equals(step.trailers().get(WorkspaceRepository.STEP_TRAILER))
                    && status(workspace.home().resolve("standards").resolve(id + ".yaml")) == Status.DRAFT) {
                waiting.add(id);
            }
        }
        return waiting;
    }

    private Status status(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Status.PUBLISHED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (statuses.size() > MOST_KNOWN) {
            statuses.clear();
        }
        return statuses.computeIfAbsent(file.getFileName() + " " + WorkspaceRepository.blobId(bytes),
                key -> Drafting.status(file, bytes));
    }
}
