package kz.etalon.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Role;
import kz.etalon.app.Etalon;
import kz.etalon.app.StandardText;
import kz.etalon.app.Workspace;
import kz.etalon.history.Author;
import kz.etalon.history.Commit;
import kz.etalon.history.WorkspaceRepository;

/** What the tests of a standard's life share: its users, the steps through the browser, and the repository. */
final class DraftSteps {

    /** An editor, two administrators, a viewer and an analyst. */
    static final Map<String, Role> USERS = Map.of("edna", Role.EDITOR, "ada", Role.ADMIN, "abe", Role.ADMIN,
            "vera", Role.VIEWER, "ana", Role.ANALYST);

    private DraftSteps() {
    }

    static WebRun.Response newDraft(WebRun.Client client, String from, String id, String year) {
        return client.post("/standards/new", Map.of("from", from, "id", id, "year", year));
    }

    /** A review step as its form posts it; an approval names the version the approver sees now. */
    static WebRun.Response step(WebRun.Client client, String id, String step, String comment) {
        if (step.equals("approve")) {
            String version = client.get("/standards/" + id + "/edit").body()
                    .replaceFirst("(?s).*name=\"version\" value=\"([0-9a-f]{40})\".*", "$1");
            return client.post("/standards/" + id + "/" + step, Map.of("comment", comment, "version", version));
        }
        return client.post("/standards/" + id + "/" + step, Map.of("comment", comment));
    }

    static List<Commit> log(WebRun web, String path) {
        try (WorkspaceRepository repository = WorkspaceRepository.open(web.workspace())) {
            return repository.log(path);
        }
    }

    static Etalon app(WebRun web) {
        return new Etalon(new Workspace(web.workspace(), Path.of("")));
    }

    /** Saves the draft with one target changed, as its editor would through the editor page. */
    static void saveWithTargetChanged(WebRun web, String id, String author) {
        Etalon app = app(web);
        StandardText text = app.standardText(id);
        String changed = text.text().replace("id: ctm.09, method: target, target: 100,", "id: ctm.09, method: target, target: 120,");
        if (changed.equals(text.text())) {
            throw new AssertionError("the draft has no ctm.09 target of 100 to change");
        }
        app.save(id, changed, text.version(), Author.named(author), "Raise the e-participation target");
    }

    static String file(WebRun web, String id) {
        try {
            return Files.readString(web.workspace().resolve("standards/" + id + ".yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
