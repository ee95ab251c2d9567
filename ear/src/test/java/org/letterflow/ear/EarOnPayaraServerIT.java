package org.letterflow.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a full Payara Server: a domain of its own on free ports, the datasource pointed at
 * a real PostgreSQL through the environment, deployed with asadmin, then asked as a user would.
 */
class EarOnPayaraServerIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path payara = Path.of(System.getProperty("payara.home", "target/payara6"));
    private final String domain = "letterflow-it";
    private final int portBase = 20000 + ThreadLocalRandom.current().nextInt(400) * 100;

    @Test
    void theEarDeploysAndAnswersOnPayaraServer() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> environment = Map.of(
                    "DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "DB_USER", "postgres", "DB_PASSWORD", "postgres",
                    "LETTERFLOW_DEMO", "true");
            asadmin(Map.of(), "delete-domain", domain);
            assertEquals(0, asadmin(Map.of(), "create-domain", "--nopassword=true", "--portbase",
                    Integer.toString(portBase), domain));
            try {
                assertEquals(0, asadmin(environment, "start-domain", domain));
                assertEquals(0, asadmin(Map.of(), "--port", Integer.toString(portBase + 48), "deploy",
                        "--name", "letterflow", System.getProperty("letterflow.ear", "target/letterflow.ear")));

                int http = portBase + 80;
                assertEquals(200, status(http, "login.xhtml", null));
                assertEquals(200, status(http, "api/v1/me", "tomsk.clerk"));
                assertEquals(404, status(http, "api/v1/organisations/2", "school.clerk"));
                assertEquals(302, status(http, "admin/organisations.xhtml", null), "a stranger is sent to sign in");
            } finally {
                Path log = payara.resolve("glassfish/domains/" + domain + "/logs/server.log");
                if (Files.exists(log)) {
                    Files.copy(log, payara.resolveSibling("payara-server-it.log"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                asadmin(Map.of(), "stop-domain", "--kill=true", domain);
                asadmin(Map.of(), "delete-domain", domain);
            }
        }
    }

    private int asadmin(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(payara.resolve("bin/asadmin").toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("asadmin", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "asadmin " + String.join(" ", arguments) + " hung");
        System.out.println("asadmin " + String.join(" ", arguments) + " -> " + process.exitValue() + "\n"
                + Files.readString(output));
        return process.exitValue();
    }

    private static int status(int port, String path, String login) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                .timeout(Duration.ofSeconds(60));
        if (login != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
