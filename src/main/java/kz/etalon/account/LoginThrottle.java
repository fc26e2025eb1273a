package kz.etalon.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing. Five failed log-ins for one name within 15 minutes, or twenty from one
 * address, lock that name or address for a minute; each further failure doubles the lock, up to an
 * hour. A key is forgotten 15 minutes after its last lock ends (or after its window, if it was never
 * locked); a successful log-in forgets the name's failures. At most {@code capacity} names and as many
 * addresses are remembered, the oldest dropped first, so a flood of made-up names cannot fill the
 * memory. Safe to share between threads.
 */
public final class LoginThrottle {

    static final int NAME_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    static final int CAPACITY = 10_000;

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

    /** How long this attempt must wait (the longer of the name's and the address's lock), or empty to let it be tried. */
    public synchronized Optional<Duration> refusedFor(String name, String address) {
        Instant now = clock.instant();
        Duration byName = names.lockedFor(nameKey(name), now);
        Duration byAddress = addresses.lockedFor(addressKey(address), now);
        Duration wait = byName.compareTo(byAddress) >= 0 ? byName : byAddress;
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String name, String address) {
        Instant now = clock.instant();
        names.failed(nameKey(name), now);
        addresses.failed(addressKey(address), now);
    }

    /** Forgets the name's failures (the address's stay: one good password does not excuse guessing at others). */
    public synchronized void succeeded(String name, String address) {
        names.forget(nameKey(name));
    }

    synchronized int remembered() {
        return names.size() + addresses.size();
    }

    /** Names as the users file compares them: without case or surrounding spaces. */
    private static String nameKey(String name) {
        return name == null ? "" : UsersFile.key(name);
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
            Instant end = failures < limit ? first.plus(WINDOW) : lockedUntil.plus(WINDOW);
            return now.isAfter(end);
        }
    }

    /** The failures of one kind of key (names or addresses), in the order they were last touched. */
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
