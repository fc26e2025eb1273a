package kz.etalon.history;

/** Who made a commit. */
public record Author(String name, String email) {

    /** An author known only by name: the email is {@code name@etalon.invalid}. */
    public static Author named(String name) {
        String local = name.trim().replaceAll("[^A-Za-z0-9._-]+", "-");
        return new Author(name, (local.isEmpty() ? "user" : local) + "@etalon.invalid");
    }
}
