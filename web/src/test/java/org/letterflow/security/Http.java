package org.letterflow.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.letterflow.it.Api;

/** Requests with the headers a browser or an attacker sets, which {@link Api} does not: Origin, Accept, a bearer. */
final class Http {

    /** HTTP/1.1, as API clients speak plain http: the JDK client otherwise asks for an h2c upgrade, which Grizzly
     *  answers unreliably under load (a long answer such as the first OpenAPI document then ends in EOF). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The status of a GET sent from a given loopback address (127.0.0.2, 127.0.0.3…): another client,
     * as the server sees it. Java 17's HttpClient cannot choose its local address, and connecting
     * to 127.0.0.2 is not enough (the kernel still sends from 127.0.0.1), so the socket is bound by
     * hand and the request written as HTTP/1.1.
     */
    static int getFrom(String clientAddress, URL base, String path, String authorization) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(clientAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            String request = "GET " + base.getPath() + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort()
                    + "\r\nAccept: application/json\r\nAuthorization: " + authorization + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Api.Reply send(URL base, String method, String path, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofMinutes(5)) // the first OpenAPI document is generated on demand, slowly on a busy machine
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return new Api.Reply(HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
