package kz.etalon.account;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read (rw------- in a rwx------ folder, where the file system has POSIX
 * permissions), replaced whole or not at all: a temporary file beside the old one, synced to disk, then
 * moved over it. The callers hold the lock of their file (the users, the audit log), so no other writer is between.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Creates {@code folder} (owner only) when it is missing; its parent must exist. */
    public static void folder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            if (posix(folder.getParent())) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException e) {
            // made by another process in between
        }
    }

    /** Opens {@code file} for writing, created owner only when it is missing (the lock file). */
    public static FileChannel open(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return posix(file.getParent()) ? FileChannel.open(file, options, ownerOnly()) : FileChannel.open(file, options);
    }

    /** Opens {@code file} to add to its end, created owner only when it is missing (a log). */
    public static FileChannel append(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return posix(file.getParent()) ? FileChannel.open(file, options, ownerOnly()) : FileChannel.open(file, options);
    }

    /** Replaces {@code file} with {@code content}: afterwards it holds the old content or the new, never part of either. */
    static void replace(Path file, byte[] content) throws IOException {
        Path folder = file.getParent();
        removeLeftovers(folder, file.getFileName().toString());
        Path temp = folder.resolve(temporaryName(file.getFileName().toString()));
        try {
            Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try (FileChannel channel = posix(folder) ? FileChannel.open(temp, options, ownerOnly()) : FileChannel.open(temp, options)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String temporaryName(String name) {
        return "." + name + "." + ProcessHandle.current().pid() + ".tmp";
    }

    /** Temporary files of a writer that was killed before its move: under the lock no one else is writing one. */
    private static void removeLeftovers(Path folder, String name) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "." + name + ".*.tmp")) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
        } catch (IOException e) {
            // a courtesy: the write does not depend on it
        }
    }

    /** Makes the move itself durable (the folder's entry), where the system lets a folder be synced. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder this way; there the move is as durable as the system makes it
        }
    }

    private static FileAttribute<?> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    /** Why a file could not be read or written, in plain words. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return "there is no folder " + Path.of(String.valueOf(missing.getFile())).getParent();
        }
        String message = String.valueOf(e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
                ? fs.getReason() : e.getMessage());
        return message.contains("No space left") ? "the disk is full" : message;
    }

    static boolean posix(Path folder) {
        return folder != null && folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
