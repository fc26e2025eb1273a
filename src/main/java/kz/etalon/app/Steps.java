package kz.etalon.app;

import kz.etalon.history.WorkspaceRepository;

/** The message of a save or review step: subject, comment, then the trailers that name standard and step. */
final class Steps {

    private Steps() {
    }

    static String message(String id, String step, String subject, String comment) {
        StringBuilder message = new StringBuilder(subject.lines().findFirst().orElse(id + ": " + step).strip()).append("\n\n");
        if (comment != null && !comment.isBlank()) {
            message.append(comment.strip()).append("\n\n");
        }
        return message.append(WorkspaceRepository.STANDARD_TRAILER).append(": ").append(id).append('\n')
                .append(WorkspaceRepository.STEP_TRAILER).append(": ").append(step).append('\n').toString();
    }
}
