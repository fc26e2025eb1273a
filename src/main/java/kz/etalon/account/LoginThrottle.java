package kz.etalon.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing without letting anyone lock others out. Every attempt is counted as a
 * failure before its password is checked ({@link #attempt}, in one step, so attempts made at once cannot
 * all pass the check), and a success takes its count back ({@link #succeeded}).
 *
 * <ul>
 *   <li>Five failures for one name from one address within 15 minutes lock that name from that address for
 *   a minute; each further failure doubles the lock, up to an hour. The same name from another address is
 *   not locked, so nobody can lock a user out from elsewhere.</li>
 *   <li>Twenty failures from one address (whatever the names) only slow that address down: each further
 *   attempt from it waits a little before its password is checked (one second, doubling with each further
 *   failure, at most {@link #LONGEST_PAUSE}), and is never refused for it. Everyone behind one proxy shares an
 *   address; a user with the right password still gets in.</li>
 * </ul>
 *
 * A key is forgotten 15 minutes after its last lock ends (or after its window). At most {@code capacity}
 * keys of each kind are remembered, the oldest dropped first, so a flood of made-up names cannot fill the
 * memory. Safe to share between threads.
 */
public final class LoginThrottle {

    static final int NAME_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(8);
    static final int CAPACITY = 10_000;

    /** What an attempt may do: be refused for a while, or be checked after a pause (zero but for a busy address). */
    public sealed interface Attempt {

        /** Too many failures for this name from this address: try again after {@code retryAfter}. */
        record Refused(Duration retryAfter) implements Attempt {
        }

        /** The password may be checked, after {@code pause}. */
        record Allowed(Duration pause) implements Attempt {
        }
    }

    private final Clock clock;
    private final Failures names;
    private final Failures addresses;

    public LoginThrottle(Clock clock) {
        this(clock, CAPACITY);
    }

    LoginThrottle(Clock clock, int capacity) {
        this.clock = clock;
        this.names = new Failures(NAME_LIMIT, capacity);
        this.addresses = new Failures(ADDRESS_LIMIT, capacity);
    }

    /**
     * An attempt to log in as {@code name} from {@code address}: refused while the name is locked from that
     * address; else counted as a failure now (until {@link #succeeded} takes it back) and allowed, after the
     * pause of a busy address.
     */
    public synchronized Attempt attempt(String name, String address) {
        Instant now = clock.instant();
        String nameKey = nameKey(name, address);
        Duration locked = names.lockedFor(nameKey, now);
        if (!locked.isZero()) {
            return new Attempt.Refused(locked);
        }
        int earlier = addresses.failures(addressKey(address), now);
        names.failed(nameKey, now);
        addresses.failed(addressKey(address), now);
        return new Attempt.Allowed(pause(earlier));
    }

    /** How long the password check of an address with {@code failures} waits: none up to its limit. */
    private static Duration pause(int failures) {
        if (failures < ADDRESS_LIMIT) {
            return Duration.ZERO;
        }
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(failures - ADDRESS_LIMIT, 4));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** The attempt was right: the name's failures from that address are forgotten, and the address's count taken back. */
    public synchronized void succeeded(String name, String address) {
        names.forget(nameKey(name, address));
        addresses.takeBack(addressKey(address));
    }

    synchronized int remembered() {
        return names.size() + addresses.size();
    }

    /** A name as the users file compares them (without case or surrounding spaces), from one address. */
    private static String nameKey(String name, String address) {
        return (name == null ? "" : UsersFile.key(name)) + "\n" + addressKey(address);
    }

    private static String addressKey(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Entry {
        int failures;
        Instant first;
        Instant lockedUntil;

        Entry(Instant now) {
            this.first = now;
        }

        boolean forgotten(int limit, Instant now) {
            Instant end = failures < limit || lockedUntil == null ? first.plus(WINDOW) : lockedUntil.plus(WINDOW);
            return now.isAfter(end);
        }
    }

    /** The failures of one kind of key (names from an address, or addresses), in the order they were last touched. */
    private static final class Failures {
        private final int limit;
        private final int capacity;
        private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

        Failures(int limit, int capacity) {
            this.limit = limit;
            this.capacity = capacity;
        }

        Duration lockedFor(String key, Instant now) {
            Entry entry = entries.get(key);
            if (entry == null || entry.lockedUntil == null || !now.isBefore(entry.lockedUntil)) {
                return Duration.ZERO;
            }
            return Duration.between(now, entry.lockedUntil);
        }

        int failures(String key, Instant now) {
            Entry entry = entries.get(key);
            return entry == null || entry.forgotten(limit, now) ? 0 : entry.failures;
        }

        void failed(String key, Instant now) {
            Entry entry = entries.get(key);
            if (entry == null || entry.forgotten(limit, now)) {
                entry = new Entry(now);
                entries.put(key, entry);
            }
            entry.failures++;
            if (entry.failures >= limit) {
                int doublings = Math.min(entry.failures - limit, 6);   // 2^6 minutes is past the hour already
                Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
                entry.lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            if (entries.size() > capacity) {
                shrink(now);
            }
        }

        void forget(String key) {
            entries.remove(key);
        }

        void takeBack(String key) {
            Entry entry = entries.get(key);
            if (entry != null && entry.failures > 0) {
                entry.failures--;
            }
        }

        int size() {
            return entries.size();
        }

        /** Drops what is forgotten anyway, then the least recently touched until the map is within its capacity. */
        private void shrink(Instant now) {
            entries.values().removeIf(entry -> entry.forgotten(limit, now));
            Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
            while (entries.size() > capacity && oldest.hasNext()) {
                oldest.next();
                oldest.remove();
            }
        }
    }
}
