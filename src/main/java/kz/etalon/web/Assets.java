package kz.etalon.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The workspace's style sheets and scripts, all from the jar (htmx from its webjar; the standard editor's
 * CodeMirror bundle built by tools/editor/build, with its licences): nothing is fetched from another
 * host. Only these names are served.
 */
final class Assets {

    private static final String HTMX = "/META-INF/resources/webjars/htmx.org/2.0.4/dist/htmx.min.js";

    private record Asset(byte[] bytes, String type) {
    }

    private final Map<String, Asset> assets = Map.of(
            "etalon.css", load("/kz/etalon/web/assets/etalon.css", "text/css; charset=utf-8"),
            "etalon.js", load("/kz/etalon/web/assets/etalon.js", "text/javascript; charset=utf-8"),
            "editor.js", load("/kz/etalon/web/assets/editor.js", "text/javascript; charset=utf-8"),
            "editor.css", load("/kz/etalon/web/assets/editor.css", "text/css; charset=utf-8"),
            "editor-licenses.txt", load("/kz/etalon/web/assets/editor-licenses.txt", "text/plain; charset=utf-8"),
            "htmx.min.js", load(HTMX, "text/javascript; charset=utf-8"));

    void serve(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("name"));
        if (asset == null) {
            throw new NotFound(ctx.path());
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(asset.type()).result(asset.bytes());
    }

    private static Asset load(String resource, String type) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the jar: " + resource);
            }
            return new Asset(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
