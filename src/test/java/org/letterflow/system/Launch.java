package org.letterflow.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java -jar letterflow.jar} started as a person would, with its output kept in a file. */
public final class Launch implements AutoCloseable {

    /**
     * HTTP/1.1: with the JDK's default h2c upgrade, one poll that timed out while the first page was
     * still being rendered left its HTTP/2 connection stuck, and every later poll timed out on it
     * (on a loaded machine the harness then waited its whole limit for a server long since ready).
     */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public final Process process;
    final Path output;
    public final int port;

    private Launch(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    public static Launch start(Map<String, String> environment, int port) throws IOException {
        Path output = Files.createTempFile("letterflow-run", ".log");
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        // JVM options to compare (BENCHMARKS.md, start-up levers): java passes them on to the server's JVM
        String options = System.getProperty("letterflow.java.options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-jar", System.getProperty("letterflow.jar", "target/letterflow/letterflow.jar")));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(false)
                .redirectOutput(output.toFile())
                .redirectError(output.resolveSibling(output.getFileName() + ".err").toFile());
        builder.environment().remove("DB_URL");
        builder.environment().putAll(environment);
        builder.environment().put("LETTERFLOW_PORT", Integer.toString(port));
        return new Launch(builder.start(), output, port);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Polls an address (a balancer's, while it starts) until it answers the status, within the limit. */
    public static void awaitStatus(String url, int status, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == status) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url + " never answered " + status + " within " + limit);
    }

    /** Seconds until the sign-in page answers 200, or -1 if the process ended or the limit passed. */
    public double secondsUntilSignInPage(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos() && process.isAlive()) {
            if (status("login.xhtml", null) == 200) {
                return (System.nanoTime() - start) / 1e9;
            }
            Thread.sleep(250);
        }
        return -1;
    }

    public int status(String path, String login) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                .timeout(Duration.ofSeconds(10));
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Signs in as a browser does: the sign-in page, then its form posted back with the view state;
     * the answer to the post. The session lives on in {@code browser}'s cookies.
     */
    public static HttpResponse<String> signInThroughTheForm(HttpClient browser, String base, String login)
            throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        Matcher action = Pattern.compile("<form id=\"signIn\"[^>]*action=\"([^\"]+)\"").matcher(page.body());
        if (!state.find() || !action.find()) {
            throw new IllegalStateException("no sign-in form in " + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signIn", "signIn");
        fields.put("signIn:login", login);
        fields.put("signIn:password", "demo");
        fields.put("signIn:submit", "");
        fields.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        URI target = URI.create(base).resolve(action.group(1).replace("&amp;", "&"));
        return browser.send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    public String errors() throws IOException {
        return Files.readString(output.resolveSibling(output.getFileName() + ".err"));
    }

    public String log() throws IOException {
        return Files.readString(output);
    }

    /**
     * SIGKILL, as a crash or the OOM killer would: first the server's JVM (the launcher starts the
     * server in a JVM of its own for its heap bound), then the launcher. The server would halt by
     * itself once it noticed its launcher gone, but only after a poll, and meanwhile it goes on
     * working. The embedded PostgreSQL, a process of its own, lives on.
     */
    public void kill() throws InterruptedException {
        process.children().filter(child -> child.info().command().filter(c -> c.endsWith("java")).isPresent())
                .forEach(server -> {
                    server.destroyForcibly();
                    server.onExit().join();
                });
        process.destroyForcibly();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new IllegalStateException("the launcher outlived SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * The environment of one instance of a cluster on loopback: the shared PostgreSQL (as its
     * superuser), the named data grid over TCP/IP, a data folder of its own.
     */
    public static Map<String, String> clusterMember(String dbUrl, String cluster, String members, int gridPort,
                                                    String instance) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", dbUrl);
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", "postgres");
        env.put("LETTERFLOW_DATA", tempData().toString());
        env.put("LETTERFLOW_CLUSTER", cluster);
        env.put("LETTERFLOW_CLUSTER_MEMBERS", members);
        env.put("LETTERFLOW_CLUSTER_PORT", Integer.toString(gridPort));
        env.put("LETTERFLOW_CLUSTER_INTERFACE", "127.0.0.1");
        env.put("LETTERFLOW_INSTANCE", instance);
        return env;
    }

    /**
     * HAProxy with the repository's configuration (src/main/haproxy/letterflow.cfg) on loopback, in
     * front of two instances, its log (health-check changes included) written to {@code log}.
     */
    public static Process haproxy(Path config, Path log, int front, int app1, int app2) throws IOException {
        String executable = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        ProcessBuilder builder = new ProcessBuilder(executable, "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LETTERFLOW_FRONT", "127.0.0.1:" + front);
        builder.environment().put("LETTERFLOW_APP1", "127.0.0.1:" + app1);
        builder.environment().put("LETTERFLOW_APP2", "127.0.0.1:" + app2);
        return builder.start();
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static Path tempData() throws IOException {
        File dir = Files.createTempDirectory("letterflow-data").toFile();
        return dir.toPath();
    }
}
