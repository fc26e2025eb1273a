package kz.etalon.app;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.etalon.history.CommitMessage;
import kz.etalon.history.WorkspaceRepository;

/** The message of a save or review step: subject, comment, then the trailers that name standard and step. */
final class Steps {

    private Steps() {
    }

    static CommitMessage message(String id, String step, String subject, String comment) {
        Map<String, String> trailers = new LinkedHashMap<>();
        trailers.put(WorkspaceRepository.STANDARD_TRAILER, id);
        trailers.put(WorkspaceRepository.STEP_TRAILER, step);
        String firstLine = subject == null ? "" : subject.lines().findFirst().orElse("").strip();
        return new CommitMessage(firstLine.isEmpty() ? id + ": " + step : firstLine, comment, trailers);
    }
}
