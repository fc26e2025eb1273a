package kz.etalon.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/** What a user is, from the least to the most trusted; each role has the rights of the one before it and more. */
public enum Role {
    VIEWER(EnumSet.of(Right.READ)),
    ANALYST(EnumSet.of(Right.READ, Right.ANALYSE, Right.UPLOAD)),
    EDITOR(EnumSet.of(Right.READ, Right.ANALYSE, Right.UPLOAD, Right.EDIT_STANDARD)),
    ADMIN(EnumSet.allOf(Right.class));

    private final Set<Right> rights;

    Role(Set<Right> rights) {
        this.rights = rights;
    }

    public boolean allows(Right right) {
        return rights.contains(right);
    }

    /** {@code viewer}, {@code analyst}, ...: how the role is written in the users file and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role written {@code text} (any case, spaces around ignored), or an error that lists the roles. */
    public static Role parse(String text) {
        return lookup(text).orElseThrow(() -> InputException.of(Location.of(null),
                "unknown role `" + (text == null ? "" : text.strip()) + "`; the roles are " + ids()));
    }

    static Optional<Role> lookup(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(role -> role.id().equalsIgnoreCase(wanted)).findFirst();
    }

    /** {@code viewer, analyst, editor, admin}. */
    public static String ids() {
        return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }
}
