package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.etalon.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many anonymous clients that start a log-in and then send its body a few bytes at a time (or not at all)
 * must not take every thread of the server: another visitor is still answered while they hang on.
 */
class SlowClientsTest {

    /** More slow connections than the server has threads (Javalin's pool holds 250). */
    private static final int SLOW = 300;

    @TempDir
    static Path dir;
    static WebRun web;

    @BeforeAll
    static void serve() {
        web = WebRun.withUsers(dir, Map.of("aigerim", Role.ADMIN));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void whileHundredsOfConnectionsTrickleALogInBody_anotherVisitorIsStillAnswered() throws IOException {
        int port = web.base().getPort();
        List<Socket> slow = new CopyOnWriteArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SLOW; i++) {
                slow.add(trickling(port));
            }
            // each keeps its connection alive with a byte of the body every half second, as a slow attacker does
            trickle.scheduleAtFixedRate(() -> slow.forEach(SlowClientsTest::oneMoreByte), 0, 500, TimeUnit.MILLISECONDS);
            // another address on the loopback network: the visitor the slow clients must not shut out
            try (Socket visitor = connect("127.0.0.1", port)) {
                assertThat(answer(visitor)).isEqualTo("HTTP/1.1 200 OK");
            }
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void connectionsThatClosedNoLongerCountAgainstTheirAddress() throws IOException {
        int port = web.base().getPort();
        for (int i = 0; i < 2 * WebServer.CONNECTIONS_PER_ADDRESS; i++) {
            try (Socket visitor = connect("127.0.0.3", port)) {
                assertThat(answer(visitor)).as("request %d", i + 1).isEqualTo("HTTP/1.1 200 OK");
            }
        }
    }

    @Test
    void aTrustedProxyMayHoldMoreConnectionsThanOneVisitor(@TempDir Path elsewhere) throws IOException {
        Deployment behindProxy = new Deployment(ProxyTrust.of("127.0.0.4", "--trusted-proxy"), java.util.Optional.empty());
        try (WebRun proxied = WebRun.start(WebRun.copyOfProject(elsewhere), ServeSettings.LOOPBACK, behindProxy)) {
            int port = proxied.base().getPort();
            List<Socket> open = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 2 * WebServer.CONNECTIONS_PER_ADDRESS; i++) {
                    open.add(connect("127.0.0.4", port));
                }
                // the last one opened: past the bound for any one visitor, but every visitor comes through the proxy
                assertThat(answer(open.get(open.size() - 1))).as("an answer on a connection left open").startsWith("HTTP/1.1 ");
            } finally {
                for (Socket socket : open) {
                    socket.close();
                }
            }
        }
    }

    /** The status line of the log-in page asked for on {@code visitor}. */
    private static String answer(Socket visitor) throws IOException {
        visitor.setSoTimeout(60_000);   // a bound on the wait, not a measure
        OutputStream out = visitor.getOutputStream();
        out.write("GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return new BufferedReader(new InputStreamReader(visitor.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    /** A log-in from 127.0.0.2 that announces a body of 1,000 bytes and sends only its first few. */
    private static Socket trickling(int port) throws IOException {
        Socket socket = connect("127.0.0.2", port);
        try {
            socket.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nname=ana&pass")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        } catch (IOException closedByTheServer) {
            // a connection past the server's bound is closed at once: that is the point
        }
        return socket;
    }

    private static void oneMoreByte(Socket socket) {
        try {
            socket.getOutputStream().write('x');
            socket.getOutputStream().flush();
        } catch (IOException closedByTheServer) {
            // closed for being too many or too slow
        }
    }

    private static Socket connect(String from, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        return socket;
    }
}
