package kz.etalon.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * How a web workspace is served: the address and port to listen on, the workspace folder (standards,
 * rules, data) and the users file. Port 0 picks a free port (tests).
 */
public record ServeSettings(String bind, int port, Path workspace, Path usersFile) {

    public static final String LOOPBACK = "127.0.0.1";

    /** Whether only this machine can reach the server: a loopback address or {@code localhost}. */
    public boolean loopback() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
