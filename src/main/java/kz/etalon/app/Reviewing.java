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

    /** The draft's last step, from the newest step of each standard the repository keeps for its head. */
    ReviewState state(String id) {
        Commit commit = repository.latestSteps().get(id);
        if (commit == null) {
            return ReviewState.NONE;
        }
        String shown = switch (commit.trailers().get(WorkspaceRepository.STEP_TRAILER)) {
            case "submitted", "sent-back" -> commit.trailers().get(WorkspaceRepository.STEP_TRAILER);
            case "approved", "published" -> "approved";
            default -> "none";
        };
        return shown.equals("none") ? ReviewState.NONE : new ReviewState(shown, commit.author(), commit.when(), commit.body());
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

    /**
     * Approves the draft as version {@code version} (the one its approver read) and publishes it; another
     * version is an {@link ApprovalOutdated}. Everything is checked before anything is written, the tag's
     * name included, so an approval is made whole or not at all.
     */
    void approve(String id, Author author, String comment, String version) {
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
            String read = version == null ? "" : version.strip();
            if (!read.equals(draft.version())) {
                throw new ApprovalOutdated(read, repository.versionText(read), draft);
            }
            refuseUntaggable(id);
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
            refuseUntaggable(id);
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

    /** A standard is published under a tag of its id: one Git cannot make, or one there is already, stops the step first. */
    private void refuseUntaggable(String id) {
        if (!WorkspaceRepository.isTagName(id)) {
            throw refusal(id, "`" + id + "` cannot be the name of a version (a Git tag), so " + id + " cannot be "
                    + "published; make a new draft from it under another id");
        }
        if (repository.hasTag(id)) {
            throw refusal(id, "a version named `" + id + "` was published already; a published version is never "
                    + "replaced, so make a new draft from it under another id");
        }
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

    private static InputException refusal(String id, String message) {
        return InputException.of(Location.of(Path.of(Drafting.pathOf(id))), message);
    }
}
