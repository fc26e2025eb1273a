package kz.etalon.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import kz.etalon.account.Role;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A loopback web workspace with these users, new for each test, over its own copy of the project's
 * standards, rules and data: {@code @RegisterExtension final UsersWeb web = new UsersWeb(DraftSteps.USERS);}.
 */
final class UsersWeb implements BeforeEachCallback, AfterEachCallback {

    private final Map<String, Role> users;
    private Path dir;
    private WebRun run;

    UsersWeb(Map<String, Role> users) {
        this.users = users;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("etalon-web-");
        run = WebRun.withUsers(dir, users);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        run.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    WebRun run() {
        return run;
    }
}
