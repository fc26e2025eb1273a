package kz.etalon.app;

import java.util.Optional;

/**
 * An approval that names a version of the draft other than the one it has now (it was saved or restored
 * after its approver read it): nothing was approved. Holds the version read (and its text, when the
 * history has it) and the draft as it is.
 */
public final class ApprovalOutdated extends RuntimeException {

    private final String reviewed;
    private final transient Optional<String> reviewedText;
    private final transient StandardText current;

    ApprovalOutdated(String reviewed, Optional<String> reviewedText, StandardText current) {
        super(current.id() + " changed after version " + reviewed + " was read", null, false, false);
        this.reviewed = reviewed;
        this.reviewedText = reviewedText;
        this.current = current;
    }

    /** The version the approver read ("" when the approval named none). */
    public String reviewed() {
        return reviewed;
    }

    public Optional<String> reviewedText() {
        return reviewedText;
    }

    public StandardText current() {
        return current;
    }
}
