package kz.etalon.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A workspace's own folder, {@code .etalon/} (the lock, the users file, scratch copies of drafts, versions read
 * back), and the folders in it: only their owner may open them (rwx------, where the file system has POSIX
 * permissions), whoever makes them first. A {@code .etalon/} that others could read is closed again when
 * a workspace is opened.
 */
public final class PrivateFolder {

    public static final String NAME = ".etalon";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFolder() {
    }

    /** {@code <home>/.etalon}, made (or closed) owner-only. */
    public static Path of(Path home) {
        Path folder = home.resolve(NAME);
        try {
            if (!make(folder)) {
                closeToOthers(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not make " + folder, e);
        }
        return folder;
    }

    /** {@code <home>/.etalon/<name>}, made owner-only with .etalon itself. */
    public static Path in(Path home, String name) {
        Path folder = of(home).resolve(name);
        try {
            make(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make " + folder, e);
        }
        return folder;
    }

    /** The attributes of a file only its owner may read, for a file made in such a folder. */
    static FileAttribute<?>[] ownerOnlyFile(Path folder) {
        return posix(folder) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
    }

    /** Makes {@code folder} owner-only if it is missing; false if it was there. */
    private static boolean make(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return false;
        }
        try {
            if (posix(folder.getParent())) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                // the umask cannot widen the mode, but a default ACL could: say it once more
                Files.setPosixFilePermissions(folder, OWNER_ONLY);
            } else {
                Files.createDirectory(folder);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;   // made by another process in between
        }
    }

    /** A .etalon/ that group or others may open (made by an older version) is made owner-only, if it is ours to change. */
    private static void closeToOthers(Path folder) {
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        try {
            if (view != null && !OWNER_ONLY.containsAll(view.readAttributes().permissions())) {
                view.setPermissions(OWNER_ONLY);
            }
        } catch (IOException e) {
            // another user's folder: only its owner may change it, and this run reads it as it is
        }
    }

    private static boolean posix(Path folder) {
        return folder != null && Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
    }
}
