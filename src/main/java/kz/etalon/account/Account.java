package kz.etalon.account;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A user of the web workspace: a name, a role and, for a user of a city administration, the city whose
 * data that user may upload.
 */
public record Account(String name, Role role, Optional<String> city) {

    public static final String LOCAL_NAME = "local";

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(city, "city");
    }

    /** The one user of a server bound to this machine only and without a users file: every right, no city. */
    public static Account local() {
        return new Account(LOCAL_NAME, Role.ADMIN, Optional.empty());
    }

    public boolean may(Right right) {
        return role.allows(right);
    }

    /**
     * Whether this user may upload data for all of {@code cityNames}: a user without a city when the role
     * allows uploads; a city user only for its own city (names compared without case and surrounding
     * spaces), and never for a file that names no city at all.
     */
    public boolean mayUploadFor(Collection<String> cityNames) {
        if (!may(Right.UPLOAD)) {
            return false;
        }
        if (city.isEmpty()) {
            return true;
        }
        String own = city.get().strip();
        return !cityNames.isEmpty() && cityNames.stream().allMatch(name -> name != null && name.strip().equalsIgnoreCase(own));
    }
}
