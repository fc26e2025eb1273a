package kz.etalon.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;

/**
 * A web workspace served on a free loopback port over a copy of the project's standards, rules and
 * data (so uploads never touch the project), and browsers to talk to it: each {@link Client} has its
 * own cookies and sends the CSRF token of the last page it read, as a browser's form would.
 */
final class WebRun implements AutoCloseable {


    private final Path workspace;
    private final WebServer server;

    private WebRun(Path workspace, WebServer server) {
        this.workspace = workspace;
        this.server = server;
    }

    /** A loopback server with no users file: one local user with every right. */
    static WebRun local(Path dir) {
        return start(copyOfProject(dir), ServeSettings.LOOPBACK);
    }

    /** A loopback server whose workspace has these users (name -> role, password "password-" + name). */
    static WebRun withUsers(Path dir, Map<String, Role> users) {
        return withUsers(dir, users, Map.of());
    }

    /** As {@link #withUsers(Path, Map)}, some users tied to a city (name -> city). */
    static WebRun withUsers(Path dir, Map<String, Role> users, Map<String, String> cities) {
        Path workspace = copyOfProject(dir);
        UserDirectory directory = UserDirectory.open(UserDirectory.defaultFile(workspace));
        users.forEach((name, role) -> directory.add(name, role, Optional.ofNullable(cities.get(name)),
                password(name).toCharArray()));
        return start(workspace, ServeSettings.LOOPBACK);
    }

    static String password(String name) {
        return "password-" + name;
    }

    static WebRun start(Path workspace, String bind) {
        return start(workspace, bind, Deployment.plain());
    }

    /** As {@link #start(Path, String)}, run as an organisation would: trusted proxies, metrics. */
    static WebRun start(Path workspace, String bind, Deployment deployment) {
        // the working folder is the JVM's, as for ./etalon serve: a path Workspace shortens is read where it points
        Etalon app = new Etalon(new Workspace(workspace, Path.of("")));
        WebServer server = WebServer.start(app, new ServeSettings(bind, 0, workspace, UserDirectory.defaultFile(workspace)),
                deployment);
        return new WebRun(workspace, server);
    }

    static Path copyOfProject(Path dir) {
        return kz.etalon.app.CopiedWorkspace.in(dir);
    }

    Path workspace() {
        return workspace;
    }

    URI base() {
        return server.address();
    }

    WebServer server() {
        return server;
    }

    /** A new browser with no cookies. */
    Client client() {
        return new Client(base());
    }

    /** A browser logged in as {@code name} (password as {@link #withUsers} set it). */
    Client loggedIn(String name) {
        Client client = client();
        Response response = client.logIn(name, password(name));
        if (response.status() != 303) {
            throw new AssertionError("log-in of " + name + " answered " + response.status() + ": " + response.body());
        }
        return client;
    }

    @Override
    public void close() {
        server.close();
    }

    /** An answer: status, body, headers. */
    record Response(int status, String body, Map<String, List<String>> headers) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** A downloaded file: status, bytes, headers. */
    record Download(int status, byte[] bytes, Map<String, List<String>> headers) {

        String header(String name) {
            return new Response(status, "", headers).header(name);
        }
    }

    /** One browser: its cookies, and the CSRF token of the last page it read. */
    static final class Client {

        private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]*)\">");
        private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]*)\"");

        private final URI base;
        private final HttpClient http;
        private String csrf = "";

        private Client(URI base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        String csrf() {
            return csrf;
        }

        Response get(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        Response getWith(String path, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
            headers.forEach(request::header);
            return send(request);
        }

        /** A form posted with this browser's CSRF token (read from the home page first if it has none). */
        Response post(String path, Map<String, String> form) {
            if (csrf.isEmpty()) {
                get("/");
            }
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.putIfAbsent(Gate.CSRF_FIELD, csrf);
            return postRaw(path, fields, Map.of());
        }

        /** A form posted exactly as given, with extra headers: no token added. */
        Response postRaw(String path, Map<String, String> form, Map<String, String> headers) {
            String body = form.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            return send(request);
        }

        /** A file sent as a browser's upload form sends it (multipart), with the CSRF token among the fields. */
        Response upload(String path, String field, String fileName, byte[] content, Map<String, String> form) {
            return upload(path, field, fileName, content, form, Map.of());
        }

        /** As {@link #upload(String, String, String, byte[], Map)}, with extra headers (e.g. htmx's). */
        Response upload(String path, String field, String fileName, byte[] content, Map<String, String> form,
                        Map<String, String> headers) {
            if (csrf.isEmpty()) {
                get("/");
            }
            String boundary = "----etalon-test-boundary-7d2f";
            Map<String, String> fields = new LinkedHashMap<>(form);
            fields.putIfAbsent(Gate.CSRF_FIELD, csrf);
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            try {
                for (Map.Entry<String, String> entry : fields.entrySet()) {
                    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + entry.getKey()
                            + "\"\r\n\r\n" + entry.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
                }
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(content);
                body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            headers.forEach(request::header);
            return send(request);
        }

        /** Any method on {@code path}: a form body when {@code form} has fields, else none. */
        Response send(String method, String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .method(method, form.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (!form.isEmpty()) {
                request.header("Content-Type", "application/x-www-form-urlencoded");
            }
            return send(request);
        }

        /** A download: its status, headers and bytes as they came (a workbook is no text). */
        Download download(String path) {
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path)).GET()
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Download(response.statusCode(), response.body(), response.headers().map());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        Response logIn(String name, String password) {
            return logInTo(name, password, "/");
        }

        /** Logs in with {@code next} as the form's field saying where to go after. */
        Response logInTo(String name, String password, String next) {
            Response form = get("/login");
            Matcher token = LOGIN_TOKEN.matcher(form.body());
            if (!token.find()) {
                throw new AssertionError("no log-in form: " + form.status() + " " + form.body());
            }
            return postRaw("/login", Map.of("token", token.group(1), "name", name, "password", password, "next", next), Map.of());
        }

        private Response send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Matcher token = CSRF.matcher(response.body());
                if (token.find() && !token.group(1).isEmpty()) {
                    csrf = token.group(1);
                }
                return new Response(response.statusCode(), response.body(), response.headers().map());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
