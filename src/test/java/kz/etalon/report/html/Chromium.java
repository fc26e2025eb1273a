package kz.etalon.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real headless Chromium driven through the Chrome DevTools Protocol over a loopback WebSocket
 * (java.net.http, no other library). Enough of the protocol to open a page, read what it rendered,
 * hear its console and its network requests, take a screenshot and print it to PDF.
 */
public final class Chromium implements AutoCloseable {

    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
            "--mute-audio", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long TIMEOUT_SECONDS = 60;

    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private String session;

    private Chromium(Path binary) throws Exception {
        profile = Files.createTempDirectory("etalon-chromium-");
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("about:blank");
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    stderr.add(line);
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        endpoint.complete(listening.group(1));
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.completeExceptionally(new IllegalStateException("chromium exited before it listened: " + stderr));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        String url = endpoint.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener())
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Chromium from $CHROMIUM or the PATH (Debian's package installs /usr/bin/chromium); empty if none. */
    public static java.util.Optional<Path> find() {
        String configured = System.getenv("CHROMIUM");
        if (configured != null && Files.isExecutable(Path.of(configured))) {
            return java.util.Optional.of(Path.of(configured));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
    }

    public static Chromium start(Path binary) throws Exception {
        return new Chromium(binary);
    }

    /** Opens a new page and attaches to it; later commands go to that page. */
    public void openPage(int width, int height) throws Exception {
        String target = command("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        session = command("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        command("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
    }

    public void onEvent(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    /** Navigates and waits for the load event. */
    public void load(String url) throws Exception {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        onEvent(event -> {
            if ("Page.loadEventFired".equals(event.path("method").asText())) {
                loaded.complete(null);
            }
        });
        JsonNode navigated = command("Page.navigate", Map.of("url", url));
        if (navigated.has("errorText")) {
            throw new IllegalStateException("navigation failed: " + navigated.get("errorText").asText());
        }
        loaded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** Runs a script in the page and returns its value (scripts return JSON text). */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = command("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return json.readTree(result.path("result").path("value").asText());
    }

    public JsonNode command(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", json.valueToTree(params));
        if (session != null && !method.startsWith("Target.")) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(json.writeValueAsString(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.path("result");
    }

    public List<String> stderr() {
        return Collections.unmodifiableList(stderr);
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true);
            process.waitFor(10, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = json.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                        if (reply != null) {
                            reply.complete(message);
                        }
                    } else {
                        listeners.forEach(listener -> listener.accept(message));
                    }
                } catch (IOException e) {
                    stderr.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
