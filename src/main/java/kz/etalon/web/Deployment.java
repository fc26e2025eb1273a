package kz.etalon.web;

import java.util.Optional;

/**
 * How a server is run for an organisation: the reverse proxies it trusts to name the visitor, and where it
 * serves its metrics ({@code http://ADDRESS:PORT/metrics}; none unless configured).
 */
public record Deployment(ProxyTrust proxies, Optional<MetricsAddress> metrics) {

    /** Where the metrics are served: 127.0.0.1 unless another address is named; port 0 picks a free one (tests). */
    public record MetricsAddress(String bind, int port) {
    }

    /** No trusted proxy and no metrics: a server on one desk. */
    public static Deployment plain() {
        return new Deployment(ProxyTrust.none(), Optional.empty());
    }
}
