package kz.etalon.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Placeholder until the accounts branch lands. */
public final class LoginThrottle {

    public LoginThrottle(Clock clock) {
    }

    public Optional<Duration> refusedFor(String name, String address) {
        return Optional.empty();
    }

    public void failed(String name, String address) {
    }

    public void succeeded(String name, String address) {
    }
}
