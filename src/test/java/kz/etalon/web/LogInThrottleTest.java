package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import kz.etalon.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The log-in throttle counts every attempt before its password is checked, and others' failures lock nobody out. */
class LogInThrottleTest {

    @RegisterExtension
    final UsersWeb site = new UsersWeb(Map.of("vera", Role.VIEWER, "ada", Role.ADMIN));


    @Test
    void thirtyWrongPasswordsAtOnceForOneName_atMostFiveAreChecked() throws Exception {
        List<WebRun.Client> clients = IntStream.range(0, 30).mapToObj(i -> site.run().client()).toList();
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
            assertThat(site.run().client().logIn("stranger" + i, "guess-" + i).status()).isEqualTo(401);
        }

        WebRun.Response admin = site.run().client().logIn("ada", WebRun.password("ada"));

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
