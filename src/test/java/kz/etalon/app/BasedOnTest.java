package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.etalon.history.Author;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft's {@code based_on} names a standard of the workspace and nothing else: no file of the server's working folder. */
class BasedOnTest {

    @TempDir
    Path dir;

    @Test
    void aBasedOnNamingAYamlFileOfTheWorkingFolderIsRefused_andTheFileIsNotRead() throws Exception {
        Path home = CopiedWorkspace.in(dir);
        Path workingFolder = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(workingFolder.resolve("secret.yaml"), "database_password: hunter2\napi_key: k-123\n");
        Etalon app = new Etalon(new Workspace(home, workingFolder));
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, Author.named("edna"));
        String text = draft.text().replace("based_on: kz-2019", "based_on: secret.yaml");

        assertThatThrownBy(() -> app.preview("kz-2027", text, null))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("based_on")
                .hasMessageNotContaining("database_password").hasMessageNotContaining("api_key");
        assertThat(app.check("kz-2027", text)).anySatisfy(problem ->
                assertThat(problem.message()).contains("secret.yaml"));
    }
}
