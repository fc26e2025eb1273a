package kz.etalon.cli;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check: asks this machine's server for {@code /health} and exits 0 when it answers
 * 200, else 1. The image holds no curl or wget, so the check is Etalon's own Java (compose.yaml runs it).
 * The port is {@code ETALON_PORT}'s, as {@code serve} reads it (8080 unless set).
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("ETALON_PORT", "8080");
        System.exit(healthy("http://127.0.0.1:" + port.strip() + "/health") ? 0 : 1);
    }

    static boolean healthy(String address) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(address).toURL().openConnection();
            connection.setConnectTimeout(5000);
            connection.setReadTimeout(10000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
