package kz.etalon.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ADDRESS = "10.0.0.7";

    /** A clock the test moves by hand. */
    private static final class FakeClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final FakeClock clock = new FakeClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresAreLetThrough_theFifthLocksTheNameForAMinute() {
        fail("aigul", 4);
        assertThat(throttle.refusedFor("aigul", ADDRESS)).isEmpty();

        fail("aigul", 1);
        assertThat(throttle.refusedFor("aigul", ADDRESS)).contains(Duration.ofMinutes(1));
        assertThat(throttle.refusedFor("AIGUL", "10.0.0.8")).as("the name, from anywhere, in any case").contains(Duration.ofMinutes(1));
        assertThat(throttle.refusedFor("berik", ADDRESS)).as("another name from the same address").isEmpty();

        clock.pass(Duration.ofSeconds(45));
        assertThat(throttle.refusedFor("aigul", ADDRESS)).contains(Duration.ofSeconds(15));
        clock.pass(Duration.ofSeconds(15));
        assertThat(throttle.refusedFor("aigul", ADDRESS)).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheLock_upToAnHour() {
        fail("aigul", 5);
        long[] minutes = {2, 4, 8, 16, 32, 60, 60};
        for (long expected : minutes) {
            clock.pass(throttle.refusedFor("aigul", ADDRESS).orElseThrow());
            fail("aigul", 1);
            assertThat(throttle.refusedFor("aigul", ADDRESS)).contains(Duration.ofMinutes(expected));
        }
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        fail("aigul", 4);
        clock.pass(Duration.ofMinutes(16));
        fail("aigul", 4);

        assertThat(throttle.refusedFor("aigul", ADDRESS)).isEmpty();
        fail("aigul", 1);
        assertThat(throttle.refusedFor("aigul", ADDRESS)).contains(Duration.ofMinutes(1));
    }

    @Test
    void aLockedNameIsForgottenAQuarterHourAfterItsLockEnds() {
        fail("aigul", 5);
        clock.pass(Duration.ofMinutes(1).plus(Duration.ofMinutes(15)).plusSeconds(1));

        fail("aigul", 1);
        assertThat(throttle.refusedFor("aigul", ADDRESS)).as("counting from one again").isEmpty();
    }

    @Test
    void aSuccessfulLogInClearsTheNamesFailures() {
        fail("aigul", 4);
        throttle.succeeded("aigul", ADDRESS);
        fail("aigul", 4);

        assertThat(throttle.refusedFor("aigul", ADDRESS)).isEmpty();
    }

    @Test
    void twentyFailuresFromOneAddressLockTheAddress_whateverTheNames() {
        for (int i = 0; i < 19; i++) {
            throttle.failed("name" + i, ADDRESS);
        }
        assertThat(throttle.refusedFor("someone", ADDRESS)).isEmpty();

        throttle.failed("name19", ADDRESS);

        assertThat(throttle.refusedFor("someone", ADDRESS)).contains(Duration.ofMinutes(1));
        assertThat(throttle.refusedFor("someone", "10.0.0.8")).isEmpty();
        throttle.succeeded("someone", ADDRESS);
        assertThat(throttle.refusedFor("someone", ADDRESS)).as("a success clears the name, not the address").isPresent();
    }

    @Test
    void theLongerOfTheNamesAndTheAddresssLocksIsTheWait() {
        fail("aigul", 7);   // the name: 4 minutes
        for (int i = 0; i < 20; i++) {
            throttle.failed("x" + i, "10.0.0.9");   // the other address: 1 minute
        }

        assertThat(throttle.refusedFor("aigul", "10.0.0.9")).contains(Duration.ofMinutes(4));
    }

    @Test
    void memoryIsBounded_theOldestDroppedFirst() {
        LoginThrottle small = new LoginThrottle(clock, 100);
        for (int i = 0; i < 5; i++) {
            small.failed("target", ADDRESS);
        }
        for (int i = 0; i < 10_000; i++) {
            small.failed("made-up-" + i, "192.0.2." + (i % 250) + "." + i);
        }

        assertThat(small.remembered()).isLessThanOrEqualTo(200);
        assertThat(small.refusedFor("made-up-9999", "elsewhere")).as("the newest kept").isEmpty();
        assertThat(small.refusedFor("target", "elsewhere")).as("the oldest dropped").isEmpty();
    }

    @Test
    void keysAlreadyForgottenAreDroppedBeforeAnyOther() {
        LoginThrottle small = new LoginThrottle(clock, 3);
        fail(small, "old", 1);
        clock.pass(Duration.ofMinutes(20));
        fail(small, "locked", 5);
        fail(small, "b", 1);
        fail(small, "c", 1);   // over the capacity: the forgotten "old" goes, the locked name stays

        assertThat(small.refusedFor("locked", "elsewhere")).isPresent();
    }

    private void fail(String name, int times) {
        fail(throttle, name, times);
    }

    private static void fail(LoginThrottle throttle, String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, ADDRESS);
        }
    }
}
