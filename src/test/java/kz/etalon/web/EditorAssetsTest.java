package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The standard editor's script, style sheet and licences are served from the jar as the built bundle. */
class EditorAssetsTest {

    @RegisterExtension
    static final LocalWeb web = new LocalWeb();

    @Test
    void theEditorScriptIsTheCommittedBundleAndSaysHowItWasBuilt() throws IOException {
        WebRun.Response script = web.client().get("/assets/editor.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.header("Content-Type")).startsWith("text/javascript");
        assertThat(script.body()).startsWith("/* Etalon's YAML editor").contains("tools/editor/build", "tools/editor/src/editor.js")
                .isEqualTo(resource("editor.js"));
        assertThat(script.body()).as("no other host named for loading").doesNotContainPattern("(src|href)=\"(https?:)?//");
    }

    @Test
    void theEditorStyleSheetAndTheBundledLicencesAreServed() {
        WebRun.Response style = web.client().get("/assets/editor.css");
        assertThat(style.status()).isEqualTo(200);
        assertThat(style.header("Content-Type")).startsWith("text/css");
        assertThat(style.body()).contains(".yaml-editor", "#preview.stale");
        WebRun.Response licences = web.client().get("/assets/editor-licenses.txt");
        assertThat(licences.header("Content-Type")).startsWith("text/plain");
        assertThat(licences.body()).contains("@codemirror/view", "@codemirror/lang-yaml", "@lezer/yaml", "MIT License",
                "Marijn Haverbeke");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EditorAssetsTest.class.getResourceAsStream("/kz/etalon/web/assets/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
