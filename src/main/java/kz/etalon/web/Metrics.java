package kz.etalon.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.router.Endpoint;

/**
 * The server's metrics in Prometheus' text format, on a port of their own ({@code GET /metrics}): requests
 * counted and timed by method, route template (never the path a visitor asked for, which may name a city or
 * a user) and status; the work pool's jobs (executor_*{name="etalon.jobs"}); the results cache's hits and misses; the JVM's memory, threads,
 * collections and classes. None of them carries a name, an id or anything else a user typed.
 */
final class Metrics implements AutoCloseable {

    /** The route of a request that matched none (a 404): one label for all of them. */
    static final String UNMATCHED = "unmatched";
    private static final String SAMPLE = "etalon.metrics.sample";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics collections = new JvmGcMetrics();
    private final Javalin server;

    private Metrics(Deployment.MetricsAddress address, WorkPool pool, ResultsCache cache) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        collections.bindTo(registry);
        new ExecutorServiceMetrics(pool.executor(), "etalon.jobs", Tags.empty()).bindTo(registry);
        FunctionCounter.builder("etalon.results.cache.hits", cache, ResultsCache::hits)
                .description("results served from the cache").register(registry);
        FunctionCounter.builder("etalon.results.cache.misses", cache, ResultsCache::misses)
                .description("results computed").register(registry);
        this.server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.get("/metrics", this::scrape);
        });
        server.start(address.bind(), address.port());
    }

    static Metrics start(Deployment.MetricsAddress address, WorkPool pool, ResultsCache cache) {
        return new Metrics(address, pool, cache);
    }

    /** The first before-handler: the request's clock starts. */
    void start(Context ctx) {
        ctx.attribute(SAMPLE, Timer.start(registry));
    }

    /**
     * An after-handler: counts and times the request by its route template and final status, before the answer
     * leaves (so that whoever reads the metrics after an answer finds it counted).
     */
    void stop(Context ctx) {
        Timer.Sample sample = ctx.attribute(SAMPLE);
        if (sample == null) {
            return;
        }
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        sample.stop(Timer.builder("etalon.http.requests")
                .description("requests answered, by method, route template and status")
                .tag("method", ctx.method().name())
                .tag("route", endpoint == null ? UNMATCHED : endpoint.path)
                .tag("status", String.valueOf(ctx.statusCode()))
                .register(registry));
    }

    int port() {
        return server.port();
    }

    private void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
        ctx.header("Cache-Control", "no-store");
        ctx.result(registry.scrape());
    }

    @Override
    public void close() {
        server.stop();
        collections.close();
        registry.close();
    }
}
