package kz.etalon.standard;

/** Whether a standard is still being drafted or is in force; a file without {@code status:} is published. */
public enum Status {
    DRAFT, PUBLISHED;

    /** The word the YAML file holds: {@code draft} or {@code published}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
