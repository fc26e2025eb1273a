package kz.etalon.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * No answer shows where the workspace is on the server's disk: in every text answer (a page, a part of one,
 * JSON, CSV, the HTML report) a file of the workspace is named relative to it ({@code standards/kz-2019.yaml},
 * {@code data/uploads/…}), whichever layer wrote its path.
 */
final class WorkspacePaths {

    private static final List<String> TEXT = List.of("text/", "application/json", "application/schema+json");

    private final List<String> absolute;

    WorkspacePaths(Path home) {
        Path normal = home.toAbsolutePath().normalize();
        Path real = normal;
        try {
            real = normal.toRealPath();
        } catch (IOException e) {
            // a folder that cannot be resolved is named as it was given
        }
        this.absolute = real.equals(normal) ? List.of(normal.toString()) : List.of(normal.toString(), real.toString());
    }

    /** After a request: the answer's text with the workspace's folder taken out of every path that names it. */
    void relativise(Context ctx) {
        String type = String.valueOf(ctx.res().getContentType());
        if (ctx.method().equals(io.javalin.http.HandlerType.HEAD) || TEXT.stream().noneMatch(type::startsWith)) {
            return;
        }
        InputStream result = ctx.resultInputStream();
        if (result == null) {
            return;
        }
        String text;
        try {
            text = new String(result.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.result(relative(text));
    }

    String relative(String text) {
        String shown = text;
        for (String folder : absolute) {
            shown = shown.replace(folder + java.io.File.separator, "").replace(folder, ".");
        }
        return shown;
    }
}
