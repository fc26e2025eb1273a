package kz.etalon.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.eclipse.jetty.io.Connection;

/**
 * At most {@code most} connections open at once from one address: a connection past that is closed as
 * soon as it opens, before it can take a thread. Slow clients from one address (a request body sent a
 * byte at a time) can then hold only so many of the server's threads; everyone else is still answered.
 */
final class ConnectionsPerAddress implements Connection.Listener {

    private final int most;
    private final Predicate<InetAddress> unbounded;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();
    /** The address of each connection counted: a closed connection no longer knows its own. */
    private final ConcurrentHashMap<Connection, InetAddress> counted = new ConcurrentHashMap<>();

    ConnectionsPerAddress(int most, Predicate<InetAddress> unbounded) {
        this.most = most;
        this.unbounded = unbounded;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address == null || unbounded.test(address)) {
            return;
        }
        counted.put(connection, address);
        if (open.merge(address, 1, Integer::sum) > most) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = counted.remove(connection);
        if (address != null) {
            open.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
        }
    }

    /** Connections open now from {@code address} (the tests look). */
    int open(InetAddress address) {
        return open.getOrDefault(address, 0);
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
