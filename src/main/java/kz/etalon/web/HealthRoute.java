package kz.etalon.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import kz.etalon.app.Etalon;
import kz.etalon.app.Health;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}, for a load balancer, a container runtime or a monitor: no log-in, 200 with the version
 * when the workspace, the rule base and the history are usable, else 503 naming the parts that are not (their
 * reasons go to the log). It answers before the log-in check, and says nothing about users or their data.
 */
final class HealthRoute {

    static final String PATH = "/health";
    private static final Logger LOG = LoggerFactory.getLogger("etalon.web.health");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Etalon app;

    HealthRoute(Etalon app) {
        this.app = app;
    }

    /** A before-handler: answers {@code /health} itself and skips the rest (the log-in check included). */
    void before(Context ctx) {
        if (!ctx.path().equals(PATH)) {
            return;
        }
        Health health = Health.of(app.workspace());
        ObjectNode answer = JSON.createObjectNode();
        answer.put("status", health.usable() ? "ok" : "unavailable");
        answer.put("version", health.version());
        if (!health.usable()) {
            com.fasterxml.jackson.databind.node.ArrayNode failing = answer.putArray("failing");
            health.failingParts().forEach(failing::add);
            health.failing().forEach((part, reason) -> LOG.warn("health: {} is not usable: {}", part, reason));
        }
        ctx.status(health.usable() ? 200 : 503);
        ctx.contentType("application/json");
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.result(answer.toString());
        ctx.skipRemainingHandlers();
    }
}
