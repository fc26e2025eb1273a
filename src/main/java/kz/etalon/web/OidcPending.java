package kz.etalon.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-ins sent to the OpenID Connect provider and not yet back, keyed by a random cookie of the
 * browser that started them: state, nonce and PKCE verifier stay on the server. Each is taken once, lives
 * ten minutes, and at most {@value #MAX} are kept (the oldest dropped), so nobody can fill the memory.
 */
final class OidcPending {

    static final int MAX = 10_000;
    static final Duration LIFETIME = Duration.ofMinutes(10);

    record Pending(String state, String nonce, String verifier, String next, Instant started) {
    }

    private final Clock clock;
    private final Map<String, Pending> byBrowser = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > MAX;
        }
    };

    OidcPending(Clock clock) {
        this.clock = clock;
    }

    synchronized void put(String browser, String state, String nonce, String verifier, String next) {
        byBrowser.remove(browser);
        byBrowser.put(browser, new Pending(state, nonce, verifier, next, clock.instant()));
    }

    /** The browser's pending sign-in, removed, when there is one started less than ten minutes ago. */
    synchronized Optional<Pending> take(String browser) {
        if (browser == null) {
            return Optional.empty();
        }
        Pending pending = byBrowser.remove(browser);
        return Optional.ofNullable(pending).filter(p -> p.started().plus(LIFETIME).isAfter(clock.instant()));
    }
}
