package kz.etalon.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.etalon.history.AtomicFile;
import kz.etalon.history.Author;
import kz.etalon.history.Commit;
import kz.etalon.history.WorkspaceRepository;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problem;
import kz.etalon.standard.Status;
import kz.etalon.standard.edit.YamlEdits;

/** The review of a draft: submitted, sent back or approved (then published and tagged); each step a commit. */
final class Reviewing {

    private static final Set<String> AUTHORING = Set.of("created", "saved", "submitted", "restored");

    private final Drafting drafting;
    private final WorkspaceRepository repository;

    Reviewing(Drafting drafting, WorkspaceRepository repository) {
        this.drafting = drafting;
        this.repository = repository;
    }

    ReviewState state(String id) {
        for (Commit commit : repository.log(Drafting.pathOf(id))) {
            String step = commit.trailers().get(WorkspaceRepository.STEP_TRAILER);
            if (step == null || !id.equals(commit.trailers().get(WorkspaceRepository.STANDARD_TRAILER))) {
                continue;
            }
            String shown = switch (step) {
                case "submitted", "sent-back" -> step;
                case "approved", "published" -> "approved";
                default -> "none";
            };
            return shown.equals("none") ? ReviewState.NONE
                    : new ReviewState(shown, commit.author(), commit.when(), commit.body());
        }
        return ReviewState.NONE;
    }

    void submit(String id, Author author, String comment) {
        repository.locked(() -> {
            StandardText draft = drafting.standardText(id);
            Drafting.refuseIfPublished(draft, "submitted");
            List<Problem> errors = drafting.check(id, draft.text()).stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                throw new InputException(errors);
            }
            if (draft.review().step().equals("submitted")) {
                throw refusal(id, id + " is submitted already and waits for review");
            }
            return repository.commit(author, Steps.message(id, "submitted", id + ": submitted for review", comment), List.of());
        });
    }

    void sendBack(String id, Author author, String comment) {
        repository.locked(() -> {
            StandardText draft = drafting.standardText(id);
            Drafting.refuseIfPublished(draft, "sent back");
            if (!draft.review().step().equals("submitted")) {
                throw refusal(id, id + " is not submitted for review, so there is nothing to send back");
            }
            return repository.commit(author, Steps.message(id, "sent-back", id + ": sent back", comment), List.of());
        });
    }

    void approve(String id, Author author, String comment) {
        repository.locked(() -> {
            StandardText draft = drafting.standardText(id);
            Drafting.refuseIfPublished(draft, "approved");
            if (!draft.review().step().equals("submitted")) {
                throw refusal(id, id + " is not submitted for review; its authors submit it first");
            }
            Set<String> authors = authors(id);
            if (authors.contains(author.name())) {
                throw refusal(id, author.name() + " wrote or submitted " + id + " (authors: " + String.join(", ", authors)
                        + ") and so may not approve it; an administrator who is not one of its authors may");
            }
            repository.commit(author, Steps.message(id, "approved", id + ": approved", comment), List.of());
            publishAndTag(id, draft.text(), author, "published");
            return null;
        });
    }

    /** Publishes the draft {@code id}; the commit that did, which the tag {@code id} names. */
    Commit publish(String id, Author author) {
        return repository.locked(() -> {
            StandardText draft = drafting.standardText(id);
            Drafting.refuseIfPublished(draft, "published again");
            List<Problem> errors = drafting.check(id, draft.text()).stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                throw new InputException(errors);
            }
            return publishAndTag(id, draft.text(), author, "published");
        });
    }

    private Commit publishAndTag(String id, String text, Author author, String step) {
        String published = YamlEdits.setTop(text, "status", "published");
        AtomicFile.write(drafting.fileOf(id), published.getBytes(StandardCharsets.UTF_8));
        String commit = repository.commit(author, Steps.message(id, step, id + ": published", ""), List.of(Drafting.pathOf(id)));
        repository.tag(id, commit, author, id + " published");
        return repository.resolve(commit).orElseThrow();
    }

    /** Everyone who created, saved, restored or submitted the draft. */
    Set<String> authors(String id) {
        Set<String> authors = new LinkedHashSet<>();
        for (Commit commit : repository.log(Drafting.pathOf(id))) {
            if (AUTHORING.contains(commit.trailers().getOrDefault(WorkspaceRepository.STEP_TRAILER, ""))) {
                authors.add(commit.author());
            }
        }
        return authors;
    }

    List<StandardText> awaitingReview(List<String> ids) {
        return ids.stream().map(drafting::standardText)
                .filter(text -> text.status() == Status.DRAFT && text.review().step().equals("submitted")).toList();
    }

    private static InputException refusal(String id, String message) {
        return InputException.of(Location.of(Path.of(Drafting.pathOf(id))), message);
    }
}
