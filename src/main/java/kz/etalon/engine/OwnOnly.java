package kz.etalon.engine;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;

/** The rule cache's trust test: only the user running Etalon can have written a file or folder. */
final class OwnOnly {

    private OwnOnly() {
    }

    /**
     * Why a file or folder with {@code attributes} may not be trusted (another owner, or group or others
     * may write it), or empty when only this user can have written it.
     */
    static Optional<String> whyNot(PosixFileAttributes attributes) {
        Optional<UserPrincipal> me = currentUser();
        if (me.isEmpty()) {
            return Optional.of("the user running Etalon cannot be identified (no entry in the user database)");
        }
        if (!attributes.owner().equals(me.get())) {
            return Optional.of("it belongs to " + attributes.owner().getName() + ", not to " + me.get().getName());
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
            return Optional.of("other users may write it (" + PosixFilePermissions.toString(permissions) + ")");
        }
        return Optional.empty();
    }

    /**
     * The user this process runs as: the owner of {@code /proc/self} (it holds even with no entry in the
     * user database, where {@code user.name} is {@code ?}), else the user named {@code user.name}.
     */
    private static Optional<UserPrincipal> currentUser() {
        try {
            Path self = Path.of("/proc/self");
            if (Files.exists(self)) {
                return Optional.of(Files.getOwner(self));
            }
            return Optional.of(FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name")));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }
}
