package kz.etalon.app;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of event the audit log holds, each with the id written in its lines. */
public enum AuditKind {
    LOG_IN("log-in"),
    LOG_IN_FAILED("log-in.failed"),
    LOG_IN_REFUSED("log-in.refused"),
    LOG_OUT("log-out"),
    PASSWORD_CHANGED("password.change"),
    USER_ADDED("user.add"),
    USER_ROLE("user.role"),
    USER_CITY("user.city"),
    USER_DISABLED("user.disable"),
    USER_ENABLED("user.enable"),
    USER_PASSWORD("user.password"),
    USER_REMOVED("user.remove"),
    UPLOAD("upload"),
    DRAFT_CREATED("draft.new"),
    DRAFT_SAVED("draft.save"),
    DRAFT_RESTORED("draft.restore"),
    DRAFT_SUBMITTED("draft.submit"),
    DRAFT_APPROVED("draft.approve"),
    DRAFT_SENT_BACK("draft.send-back"),
    STANDARD_PUBLISHED("standard.publish"),
    ROUND_OPENED("round.open"),
    ROUND_IMPORTED("round.import"),
    ROUND_SUBMITTED("round.submit"),
    ROUND_RETURNED("round.return"),
    ROUND_APPROVED("round.approve"),
    ROUND_REOPENED("round.reopen"),
    ROUND_ASKED("round.ask"),
    ROUND_ANSWERED("round.answer"),
    EXPORT_UNPUBLISHED("export.unpublished");

    private final String id;

    AuditKind(String id) {
        this.id = id;
    }

    /** How the kind is written in the log and in a filter's address. */
    public String id() {
        return id;
    }

    public static Optional<AuditKind> of(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
