package kz.etalon.account;

import java.util.Optional;

/** What a user's name, city and password must be, for whoever asks before changing the users file. */
public final class UserRules {

    private UserRules() {
    }

    /** Why {@code name} cannot be a new user's name (not allowed), or empty when it can; taken names are not looked at. */
    public static Optional<String> nameProblem(String name) {
        return UsersFile.nameProblem(UsersFile.normalized(name == null ? "" : name));
    }

    /** Why {@code city} cannot be a user's city, or empty when it can (blank is no city, which can). */
    public static Optional<String> cityProblem(String city) {
        return city == null || city.isBlank() ? Optional.empty() : UsersFile.cityProblem(UsersFile.normalized(city));
    }

    /** Whether {@code password} is long enough to be a password. */
    public static boolean longEnough(char[] password) {
        return password != null && Character.codePointCount(password, 0, password.length) >= UserDirectory.MIN_PASSWORD;
    }
}
