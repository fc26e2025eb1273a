package kz.etalon.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * How much one user may hand in, since every upload kept is also kept in the history for ever: at most
 * {@link #MOST_AN_HOUR} uploads kept an hour and {@link #MOST_MB_A_DAY} MB a day (counted from the notes
 * of the uploads kept, so a restart forgets nothing), one upload checked at a time per user, and at most
 * {@link #CHECKED_AT_ONCE} checked at once in all (a workbook's check takes memory and a core).
 */
final class UploadAllowance {

    static final int MOST_AN_HOUR = 10;
    static final long MOST_MB_A_DAY = 50;
    static final int CHECKED_AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);

    /** Why an upload is refused before it is read: the status, when to try again (Retry-After), the words' key and what they need. */
    record Refusal(int status, long retryAfterSeconds, String key, Object... args) {
    }

    private final Uploads uploads;
    private final Clock clock;
    private final Set<String> checking = ConcurrentHashMap.newKeySet();
    private final Semaphore places = new Semaphore(CHECKED_AT_ONCE);

    UploadAllowance(Uploads uploads, Clock clock) {
        this.uploads = uploads;
        this.clock = clock;
    }

    /** Why {@code user} may not hand in {@code bytes} more now, if they may not. */
    Optional<Refusal> refusal(String user, long bytes) {
        Instant now = clock.instant();
        List<Uploads.Kept> day = uploads.keptBy(user, now.minus(DAY));
        List<Uploads.Kept> hour = day.stream().filter(kept -> kept.at().isAfter(now.minus(HOUR))).toList();
        if (hour.size() >= MOST_AN_HOUR) {
            Instant free = hour.stream().map(Uploads.Kept::at).min(Comparator.naturalOrder()).orElse(now).plus(HOUR);
            long minutes = minutesUntil(now, free);
            return Optional.of(new Refusal(429, minutes * 60, "data.rate", MOST_AN_HOUR, minutes));
        }
        long kept = day.stream().mapToLong(Uploads.Kept::bytes).sum();
        if (kept + bytes > MOST_MB_A_DAY * 1024 * 1024) {
            Instant free = day.stream().map(Uploads.Kept::at).min(Comparator.naturalOrder()).orElse(now).plus(DAY);
            long hours = Math.max(1, (minutesUntil(now, free) + 59) / 60);
            return Optional.of(new Refusal(429, hours * 3600, "data.quota", MOST_MB_A_DAY,
                    (kept + 1024 * 1024 - 1) / (1024 * 1024), hours));
        }
        return Optional.empty();
    }

    /** Takes a place to check an upload of {@code user}; a refusal when they have one checked already or all are taken. */
    Optional<Refusal> begin(String user) {
        if (!checking.add(user)) {
            return Optional.of(new Refusal(429, 10, "data.one_at_a_time"));
        }
        if (!places.tryAcquire()) {
            checking.remove(user);
            return Optional.of(new Refusal(503, 30, "data.busy"));
        }
        return Optional.empty();
    }

    /** Gives back the place {@link #begin} took. */
    void end(String user) {
        places.release();
        checking.remove(user);
    }

    private static long minutesUntil(Instant now, Instant then) {
        return Math.max(1, (Duration.between(now, then).getSeconds() + 59) / 60);
    }
}
