package org.letterflow.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sending to 40,000 schools is killed with SIGKILL halfway; started again, the application
 * finishes the job by itself and every school has the letter exactly once. The run command's own
 * embedded PostgreSQL outlives the killed launcher; the next start stops it and carries on.
 */
class DeliveryCrashIT {

    private static final int SCHOOLS = 40_000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aKilledSendingCompletesAfterRestartDeliveringEachRecipientOnce() throws Exception {
        int databasePort = Launch.freePort();
        String postgres = "jdbc:postgresql://localhost:" + databasePort + "/letterflow";
        Map<String, String> env = Map.of(
                "LETTERFLOW_DB_PORT", Integer.toString(databasePort),
                "LETTERFLOW_DATA", Launch.tempData().toString(),
                // small batches: the sending takes long enough to be killed in the middle
                "LETTERFLOW_DELIVERY_BATCH", "20");
        long job;
        long letter;
        try (Launch first = Launch.start(env, Launch.freePort())) {
            assertTrue(first.secondsUntilSignInPage(Duration.ofMinutes(3)) > 0, first.errors());
            try (Connection c = connect(postgres); Statement s = c.createStatement()) {
                s.execute("insert into organisation (parent_id, kind, full_name, short_name, time_zone)"
                        + " select 3, 'SCHOOL', 'Школа ' || g, 'Ш-' || g, 'Asia/Tomsk' from generate_series(1, " + SCHOOLS + ") g");
            }
            String base = "http://localhost:" + first.port + "/api/v1/";
            letter = post(base + "letters", """
                    {"direction": "OUTGOING", "subject": "О проверке устойчивости рассылки", "register": true}""", 201)
                    .getJsonNumber("id").longValue();
            job = post(base + "letters/" + letter + "/deliveries", "{\"descendantsOfKind\": \"SCHOOL\"}", 202)
                    .getJsonNumber("id").longValue();
            long total = SCHOOLS + 2; // and the two demo schools below Tomsk
            long done = waitUntilUnderWay(postgres, job);
            first.kill(); // SIGKILL: no shutdown hook, no clean stop
            long[] after = jobAndDeliveries(postgres, job, letter);
            assertTrue(after[0] < total, "killed before the end: " + after[0] + " of " + total);
            assertTrue(after[0] >= done);
            assertEquals(after[0], after[1], "the cursor and the deliveries committed together");
        }
        try (Launch second = Launch.start(env, Launch.freePort())) {
            assertTrue(second.secondsUntilSignInPage(Duration.ofMinutes(3)) > 0, second.errors());
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            String state = "RUNNING";
            while (state.equals("RUNNING") && System.nanoTime() < deadline) {
                Thread.sleep(250);
                state = single(postgres, "select state from delivery_job where id = " + job);
            }
            assertEquals("DONE", state, "the job went on by itself after the restart");
            long total = SCHOOLS + 2;
            assertEquals(total, Long.parseLong(single(postgres, "select count(*) from delivery where letter_id = " + letter)));
            assertEquals(total, Long.parseLong(single(postgres,
                    "select count(distinct recipient_id) from delivery where letter_id = " + letter)), "each school once");
            assertEquals(total, Long.parseLong(single(postgres, "select delivered from delivery_job where id = " + job)));
            assertTrue((second.log() + second.errors()).contains("goes on from where it stopped"), "the restart said so");
        }
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    private static long waitUntilUnderWay(String postgres, long job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            long done = Long.parseLong(single(postgres, "select done from delivery_job where id = " + job));
            if (done > 0) {
                return done;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the sending never started");
    }

    private static long[] jobAndDeliveries(String postgres, long job, long letter) throws Exception {
        return new long[] {Long.parseLong(single(postgres, "select done from delivery_job where id = " + job)),
                Long.parseLong(single(postgres, "select count(*) from delivery where letter_id = " + letter))};
    }

    private static String single(String postgres, String sql) throws Exception {
        try (Connection c = connect(postgres); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static JsonObject post(String url, String json, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("tomsk.clerk:demo"
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
