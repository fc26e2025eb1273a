package kz.etalon.problem;

/** One thing wrong (or worth a warning) in a user's input, with where it is and what to do about it. */
public record Problem(Location where, Severity severity, String message) {

    public static Problem error(Location where, String message) {
        return new Problem(where, Severity.ERROR, message);
    }

    public static Problem warning(Location where, String message) {
        return new Problem(where, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** gcc style: {@code file:line:col: error: message}. */
    @Override
    public String toString() {
        return where + ": " + severity.label() + ": " + message;
    }
}
