package kz.etalon.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One loopback web workspace with no users for all the tests of a class, over its own copy of the
 * project's standards, rules and data: {@code @RegisterExtension static final LocalWeb web = new LocalWeb();}.
 */
final class LocalWeb implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private WebRun run;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("etalon-web-");
        run = WebRun.local(dir);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        run.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    WebRun.Client client() {
        return run.client();
    }

    Path workspace() {
        return run.workspace();
    }

    WebServer server() {
        return run.server();
    }

    URI base() {
        return run.base();
    }
}
