package org.letterflow.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for the REST API, signed in with HTTP Basic as one user. */
public final class Api {

    /** HTTP/1.1, as API clients speak plain http: the JDK client otherwise asks for an h2c upgrade, which Grizzly
     *  answers unreliably under load (a long answer such as the first OpenAPI document then ends in EOF). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String authorization;
    private final java.util.Map<String, String> headers;

    private Api(URI base, String authorization) {
        this(base, authorization, java.util.Map.of());
    }

    private Api(URI base, String authorization, java.util.Map<String, String> headers) {
        this.base = base;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** The same client sending one more header with every request (e.g. Idempotency-Key). */
    public Api withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new Api(base, authorization, java.util.Map.copyOf(more));
    }

    public static Api as(URL base, String login, String password) {
        String token = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(URI.create(base.toString()), "Basic " + token);
    }

    /**
     * A new user made by the administrator (a test's own, so that what it leaves touches no other
     * test), signed in with its password.
     */
    public static Api newUser(URL base, long organisation, String login, String fullName, String shortName, String role,
                              String password) {
        Reply created = as(base, "admin", "demo").post("api/v1/users", """
                {"organisationId": %d, "login": "%s", "fullName": "%s", "shortName": "%s",
                 "roles": ["%s"], "active": true, "password": "%s"}
                """.formatted(organisation, login, fullName, shortName, role, password));
        if (created.status() != 201) {
            throw new AssertionError("the user " + login + " was not made: " + created.status() + " " + created.body());
        }
        return as(base, login, password);
    }

    /** The id of the caller's organisation. */
    public long organisationId() {
        return get("api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
    }

    public static Api anonymous(URL base) {
        return new Api(URI.create(base.toString()), null);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** A multipart/form-data upload of one file in the part "file", its name sent as raw UTF-8 like browsers do. */
    public Reply upload(String path, String fileName, byte[] content) {
        String boundary = "----letterflow" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The raw bytes of a download. */
    public HttpResponse<byte[]> download(String path) {
        return download(path, null);
    }

    /** A download asked only if it changed since the copy whose ETag the client keeps (null: always). */
    public HttpResponse<byte[]> download(String path, String ifNoneMatch) {
        HttpRequest.Builder builder = request(path).header("Accept", "*/*");
        if (ifNoneMatch != null) {
            builder.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HTTP.send(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the server answered. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        /**
         * A refusal as a client shows it (issue 15: the error contract, not only the status): this status, sent as
         * problem+json that repeats it, whose {@code detail} or one of whose {@code errors} says {@code says}. Returns
         * the reply for further checks.
         */
        public Reply refused(int expected, String says) {
            JsonObject problem = problem(expected);
            String detail = problem.getString("detail", "");
            boolean inErrors = fieldErrors(problem).stream().anyMatch(e -> e.getString("message", "").contains(says));
            org.junit.jupiter.api.Assertions.assertTrue(detail.contains(says) || inErrors,
                    "the refusal should say «" + says + "»: " + this);
            return this;
        }

        /** A refusal naming the request's field at fault, with a message that says {@code says}. */
        public Reply refusedField(int expected, String field, String says) {
            JsonObject problem = problem(expected);
            org.junit.jupiter.api.Assertions.assertTrue(fieldErrors(problem).stream().anyMatch(e ->
                            field.equals(e.getString("field", null)) && e.getString("message", "").contains(says)),
                    "the refusal should name the field " + field + " and say «" + says + "»: " + this);
            return this;
        }

        private JsonObject problem(int expected) {
            org.junit.jupiter.api.Assertions.assertEquals(expected, status(), this::toString);
            org.junit.jupiter.api.Assertions.assertTrue(contentType().startsWith("application/problem+json"),
                    () -> "a refusal is problem+json, not " + contentType() + ": " + this);
            JsonObject problem = json();
            org.junit.jupiter.api.Assertions.assertEquals(expected, problem.getInt("status", 0), this::toString);
            String detail = problem.getString("detail", "");
            org.junit.jupiter.api.Assertions.assertTrue(detail.matches("(?s).*[А-Яа-яЁё].*"),
                    () -> "the detail a client shows is Russian: " + this);
            org.junit.jupiter.api.Assertions.assertFalse(detail.matches("(?s).*(Exception|\\bat [a-z]+\\.[a-z]+\\.).*"),
                    () -> "no stack trace or exception name: " + this);
            return problem;
        }

        private static java.util.List<JsonObject> fieldErrors(JsonObject problem) {
            return problem.get("errors") instanceof JsonArray errors
                    ? errors.getValuesAs(JsonObject.class) : java.util.List.of();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
