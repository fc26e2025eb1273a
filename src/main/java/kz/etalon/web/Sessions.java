package kz.etalon.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.etalon.account.Account;

/**
 * Who is logged in: random session ids (256 bits) mapped to an account name, the CSRF token of that
 * session and the account's stamp when it logged in (a new password, role or removal ends the session). Held in memory only (a restart logs everyone out); idle sessions end after 8 hours, any
 * session after 24; at most {@link #LIMIT} are kept, the longest idle going first.
 */
final class Sessions {

    static final Duration IDLE = Duration.ofHours(8);
    static final Duration LONGEST = Duration.ofHours(24);
    static final int LIMIT = 10_000;

    /** A session: its id, the account's name, the CSRF token, when it started, and the account's stamp then. */
    record Session(String id, String account, String csrf, Instant started, String stamp, Optional<Account> granted) {

        Session(String id, String account, String csrf, Instant started, String stamp) {
            this(id, account, csrf, started, stamp, Optional.empty());
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    /** In access order, so the first entry is the longest idle. */
    private final LinkedHashMap<String, Entry> sessions = new LinkedHashMap<>(16, 0.75f, true);

    private record Entry(Session session, Instant lastSeen) {
    }

    Sessions(Clock clock) {
        this.clock = clock;
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Two secrets compared in time that does not depend on where they first differ. */
    static boolean same(String expected, String given) {
        return given != null && expected != null
                && MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                given.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A new session of {@code account}, whose credentials were {@code stamp} (see {@link kz.etalon.account.UserDirectory#stamp}). */
    synchronized Session open(String account, String stamp) {
        return open(new Session(token(), account, token(), clock.instant(), stamp));
    }

    /** A new session of a user the organisation's directory let in, with the role it gave for this session. */
    synchronized Session openGranted(Account granted) {
        return open(new Session(token(), granted.name(), token(), clock.instant(), "", Optional.of(granted)));
    }

    private Session open(Session session) {
        sessions.put(session.id(), new Entry(session, session.started()));
        while (sessions.size() > LIMIT) {
            sessions.remove(sessions.keySet().iterator().next());
        }
        return session;
    }

    synchronized Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Entry entry = sessions.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (entry.lastSeen().plus(IDLE).isBefore(now) || entry.session().started().plus(LONGEST).isBefore(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        sessions.put(id, new Entry(entry.session(), now));
        return Optional.of(entry.session());
    }

    synchronized void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** Ends every session of {@code account} (names compared without case): after a change of their password, role or state. */
    synchronized void closeAllOf(String account) {
        sessions.values().removeIf(entry -> entry.session().account().equalsIgnoreCase(account));
    }

    synchronized int size() {
        return sessions.size();
    }

    /** For tests: the sessions as they are. */
    synchronized Map<String, Session> snapshot() {
        Map<String, Session> copy = new LinkedHashMap<>();
        sessions.forEach((id, entry) -> copy.put(id, entry.session()));
        return copy;
    }
}
