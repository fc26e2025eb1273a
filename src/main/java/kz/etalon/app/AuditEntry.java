package kz.etalon.app;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: when (UTC), who (a user's name, or the system user of a command), from where
 * (the visitor's address, or {@code command line}), what ({@code kind} on {@code target}: a user, a
 * standard, a round's city), how it ended, and a short detail (a new role, a file's name). Never a
 * password or a session id: nothing here is made from either.
 */
public record AuditEntry(Instant time, String user, String address, String kind, String target, Outcome outcome,
                         String detail) {

    /** How an event ended: done, failed (a wrong password, a refused file), or refused (no right, locked). */
    public enum Outcome {
        OK, FAILED, REFUSED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        user = user == null ? "" : user;
        address = address == null ? "" : address;
        target = target == null ? "" : target;
        detail = detail == null ? "" : detail;
    }
}
