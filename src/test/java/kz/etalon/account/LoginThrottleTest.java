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
    void fourFailuresAreLetThrough_theFifthLocksTheNameFromThatAddressForAMinute() {
        fail("aigul", 4);
        assertThat(throttle.attempt("aigul", ADDRESS)).isInstanceOf(LoginThrottle.Attempt.Allowed.class);
        assertThat(wait("aigul", ADDRESS)).as("the fifth attempt was counted before its check").contains(Duration.ofMinutes(1));
        assertThat(wait("AIGUL", ADDRESS)).as("in any case").contains(Duration.ofMinutes(1));
        assertThat(wait("aigul", "10.0.0.8")).as("the name from another address").isEmpty();
        assertThat(wait("berik", ADDRESS)).as("another name from the same address").isEmpty();
    }

    @Test
    void thirtyAttemptsAtOnce_onlyFiveAreLetThroughBeforeAnyIsChecked() {
        int allowed = 0;
        for (int i = 0; i < 30; i++) {
            if (throttle.attempt("aigul", ADDRESS) instanceof LoginThrottle.Attempt.Allowed) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void theLockEndsAfterAMinute() {
        fail("aigul", 5);
        clock.pass(Duration.ofSeconds(45));
        assertThat(refusal(throttle.attempt("aigul", ADDRESS))).contains(Duration.ofSeconds(15));
        clock.pass(Duration.ofSeconds(15));
        assertThat(throttle.attempt("aigul", ADDRESS)).isInstanceOf(LoginThrottle.Attempt.Allowed.class);
    }

    @Test
    void eachFurtherFailureDoublesTheLock_upToAnHour() {
        fail("aigul", 5);
        long[] minutes = {2, 4, 8, 16, 32, 60, 60};
        for (long expected : minutes) {
            clock.pass(refusal(throttle.attempt("aigul", ADDRESS)).orElseThrow());
            fail("aigul", 1);
            assertThat(refusal(throttle.attempt("aigul", ADDRESS))).contains(Duration.ofMinutes(expected));
        }
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        fail("aigul", 4);
        clock.pass(Duration.ofMinutes(16));
        fail("aigul", 4);

        assertThat(throttle.attempt("aigul", ADDRESS)).isInstanceOf(LoginThrottle.Attempt.Allowed.class);
        assertThat(wait("aigul", ADDRESS)).contains(Duration.ofMinutes(1));
    }

    @Test
    void aLockedNameIsForgottenAQuarterHourAfterItsLockEnds() {
        fail("aigul", 5);
        clock.pass(Duration.ofMinutes(1).plus(Duration.ofMinutes(15)).plusSeconds(1));

        fail("aigul", 1);
        assertThat(wait("aigul", ADDRESS)).as("counting from one again").isEmpty();
    }

    @Test
    void aSuccessfulLogInClearsTheNamesFailures() {
        fail("aigul", 4);
        throttle.attempt("aigul", ADDRESS);
        throttle.succeeded("aigul", ADDRESS);
        fail("aigul", 4);

        assertThat(wait("aigul", ADDRESS)).isEmpty();
    }

    @Test
    void twentyFailuresFromOneAddressSlowItDown_butLockNobodyOut() {
        for (int i = 0; i < 20; i++) {
            assertThat(pause(throttle.attempt("name" + i, ADDRESS))).isZero();
        }

        LoginThrottle.Attempt admin = throttle.attempt("admin", ADDRESS);

        assertThat(admin).isInstanceOf(LoginThrottle.Attempt.Allowed.class);
        assertThat(pause(admin)).isEqualTo(Duration.ofSeconds(1));
        throttle.succeeded("admin", ADDRESS);
        assertThat(pause(throttle.attempt("other", ADDRESS))).as("a success takes its count back").isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.attempt("more" + i, ADDRESS)).isInstanceOf(LoginThrottle.Attempt.Allowed.class);
        }
        assertThat(pause(throttle.attempt("last", ADDRESS))).as("never longer than").isEqualTo(LoginThrottle.LONGEST_PAUSE);
        assertThat(pause(throttle.attempt("someone", "10.0.0.8"))).as("another address").isZero();
    }

    @Test
    void memoryIsBounded_theOldestDroppedFirst() {
        LoginThrottle small = new LoginThrottle(clock, 100);
        fail(small, "target", 5);
        for (int i = 0; i < 10_000; i++) {
            small.attempt("made-up-" + i, "192.0.2." + (i % 250) + "." + i);
        }

        assertThat(small.remembered()).isLessThanOrEqualTo(200);
        assertThat(small.attempt("target", ADDRESS)).as("the oldest dropped").isInstanceOf(LoginThrottle.Attempt.Allowed.class);
    }

    @Test
    void keysAlreadyForgottenAreDroppedBeforeAnyOther() {
        LoginThrottle small = new LoginThrottle(clock, 3);
        fail(small, "old", 1);
        clock.pass(Duration.ofMinutes(20));
        fail(small, "locked", 5);
        fail(small, "b", 1);
        fail(small, "c", 1);   // over the capacity: the forgotten "old" goes, the locked name stays

        assertThat(small.attempt("locked", ADDRESS)).isInstanceOf(LoginThrottle.Attempt.Refused.class);
    }

    /** How long {@code name} from {@code address} must wait now (asking counts as an attempt, so only after the last). */
    private java.util.Optional<Duration> wait(String name, String address) {
        return refusal(throttle.attempt(name, address));
    }

    private static java.util.Optional<Duration> refusal(LoginThrottle.Attempt attempt) {
        return attempt instanceof LoginThrottle.Attempt.Refused refused ? java.util.Optional.of(refused.retryAfter())
                : java.util.Optional.empty();
    }

    private static Duration pause(LoginThrottle.Attempt attempt) {
        return ((LoginThrottle.Attempt.Allowed) attempt).pause();
    }

    private void fail(String name, int times) {
        fail(throttle, name, times);
    }

    /** Failed attempts: each counted when it is made. */
    private static void fail(LoginThrottle throttle, String name, int times) {
        for (int i = 0; i < times; i++) {
            throttle.attempt(name, ADDRESS);
        }
    }
}
