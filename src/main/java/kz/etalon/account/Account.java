package kz.etalon.account;

import java.util.Collection;
import java.util.Optional;

/** Placeholder until the accounts branch lands. */
public record Account(String name, Role role, Optional<String> city) {

    public static Account local() {
        return new Account("local", Role.ADMIN, Optional.empty());
    }

    public boolean may(Right right) {
        return role.allows(right);
    }

    public boolean mayUploadFor(Collection<String> cityNames) {
        return may(Right.UPLOAD) && (city.isEmpty() || cityNames.stream().allMatch(name -> name.strip().equalsIgnoreCase(city.get().strip())));
    }
}
