package kz.etalon.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one lock every write of a workspace takes: a ReentrantLock for this process's threads, and a lock on
 * {@code .etalon/workspace.lock} for other processes (a second server or the command line on the same folder).
 */
final class WorkspaceLock {

    private final ReentrantLock threads = new ReentrantLock();
    private final Path file;
    private FileChannel channel;
    private FileLock held;

    /** One lock per workspace folder in a process: two locks on one file from one JVM would throw. */
    private static final java.util.concurrent.ConcurrentMap<Path, WorkspaceLock> BY_HOME =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Path home;

    private WorkspaceLock(Path home) {
        this.home = home;
        this.file = home.resolve(PrivateFolder.NAME).resolve("workspace.lock");
    }

    static WorkspaceLock of(Path home) {
        return BY_HOME.computeIfAbsent(home.toAbsolutePath().normalize(), WorkspaceLock::new);
    }

    /** Holds the lock until the returned handle is closed. */
    Held acquire() {
        threads.lock();
        try {
            if (threads.getHoldCount() == 1) {
                channel = open();
                held = channel.lock();
            }
            return this::release;
        } catch (IOException | RuntimeException e) {
            closeChannel();
            threads.unlock();
            throw e instanceof IOException io ? new UncheckedIOException("could not lock " + file, io) : (RuntimeException) e;
        }
    }

    /** Whether another process holds the lock now (then an index.lock may be its own, not a stale one). */
    boolean heldByAnotherProcess() {
        if (threads.isHeldByCurrentThread()) {
            return false;
        }
        try {
            try (FileChannel probe = open()) {
                FileLock lock = probe.tryLock();
                if (lock == null) {
                    return true;
                }
                lock.release();
                return false;
            }
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The lock file, made owner-only in the owner-only .etalon/. */
    private FileChannel open() throws IOException {
        PrivateFolder.of(home);
        return FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PrivateFolder.ownerOnlyFile(file.getParent()));
    }

    private void release() {
        try {
            if (threads.getHoldCount() == 1) {
                closeChannel();
            }
        } finally {
            threads.unlock();
        }
    }

    private void closeChannel() {
        try {
            if (held != null) {
                held.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        } finally {
            held = null;
            channel = null;
        }
    }

    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
