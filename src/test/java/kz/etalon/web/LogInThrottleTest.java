package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import kz.etalon.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log-in throttle counts every attempt before its password is checked, and others' failures lock nobody out. */
class LogInThrottleTest {

    @TempDir
    Path dir;
    WebRun web;

    @BeforeEach
    void serve() {
        web = WebRun.withUsers(dir, Map.of("vera", Role.VIEWER, "ada", Role.ADMIN));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void thirtyWrongPasswordsAtOnceForOneName_atMostFiveAreChecked() throws Exception {
        List<WebRun.Client> clients = IntStream.range(0, 30).mapToObj(i -> web.client()).toList();
        clients.forEach(client -> client.get("/login"));
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Callable<Integer>> attempts = clients.stream()
                    .map(client -> (Callable<Integer>) () -> client.logIn("vera", "wrong-password").status()).toList();
            List<Integer> statuses = pool.invokeAll(attempts).stream().map(LogInThrottleTest::status).toList();

            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(status -> status == 401).count()).isLessThanOrEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void othersFailuresFromTheSameAddressDoNotLockOutAUserWithTheRightPassword() {
        for (int i = 0; i < 20; i++) {
            assertThat(web.client().logIn("stranger" + i, "guess-" + i).status()).isEqualTo(401);
        }

        WebRun.Response admin = web.client().logIn("ada", WebRun.password("ada"));

        assertThat(admin.status()).as(admin.body()).isEqualTo(303);
    }

    private static int status(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
