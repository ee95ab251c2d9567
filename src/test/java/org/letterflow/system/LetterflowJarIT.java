package org.letterflow.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The run command as a person uses it: java -jar letterflow.jar, stopped with Ctrl-C (SIGTERM here). */
class LetterflowJarIT {

    @Test
    void startsWithItsOwnDatabaseServesTheDemoStopsCleanlyAndKeepsItsData() throws Exception {
        Path data = Launch.tempData();
        int databasePort = Launch.freePort();
        Map<String, String> environment = Map.of("LETTERFLOW_DATA", data.toString(),
                "LETTERFLOW_DB_PORT", Integer.toString(databasePort));

        try (Launch first = Launch.start(environment, Launch.freePort())) {
            double seconds = first.secondsUntilSignInPage(Duration.ofMinutes(3));
            assertTrue(seconds > 0, "the sign-in page never answered:\n" + first.errors());
            System.out.printf("letterflow.jar: sign-in page after %.1f s%n", seconds);
            assertEquals(200, first.status("api/v1/me", "tomsk.clerk"), "demo users sign in");
            assertEquals(200, first.status("health/ready", null));
            // one instance runs without Payara's data grid: its sessions stay in memory
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            String base = "http://localhost:" + first.port + "/";
            assertEquals(200, Launch.signInThroughTheForm(browser, base, "tomsk.clerk").statusCode());
            HttpResponse<String> inbox = browser.send(HttpRequest.newBuilder(URI.create(base + "inbox.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, inbox.statusCode());
            assertFalse(inbox.body().contains("id=\"signIn\""), "the session carries the sign-in to the next page");

            first.process.destroy();
            assertTrue(first.process.waitFor(90, TimeUnit.SECONDS), "stops on SIGTERM");
            assertTrue(portIsFree(databasePort), "the embedded PostgreSQL stopped too");
        }
        assertTrue(Files.exists(data.resolve("postgres/PG_VERSION")), "the database files stay in LETTERFLOW_DATA");

        try (Launch second = Launch.start(environment, Launch.freePort())) {
            assertTrue(second.secondsUntilSignInPage(Duration.ofMinutes(3)) > 0, second.errors());
            assertEquals(200, second.status("api/v1/me", "school.clerk"), "a second start reuses the data");
            assertTrue((second.log() + second.errors()).contains("0 migrations applied now"), "nothing to migrate the second time");
        }
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineAndAFailure() throws Exception {
        int nothingListens = Launch.freePort();
        try (Launch launch = Launch.start(Map.of("DB_URL", "jdbc:postgresql://127.0.0.1:" + nothingListens + "/x",
                "LETTERFLOW_DATA", Launch.tempData().toString()), Launch.freePort())) {
            assertTrue(launch.process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, launch.process.exitValue());
            String errors = launch.errors().strip();
            assertEquals(1, errors.lines().count(), errors);
            assertTrue(errors.contains("DB_URL"), errors);
            assertFalse(errors.contains("\tat "), "no stack trace");
        }
    }

    @Test
    void aTakenPortIsSaidPlainly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0);
             Launch launch = Launch.start(Map.of("LETTERFLOW_DATA", Launch.tempData().toString()),
                     taken.getLocalPort())) {
            assertTrue(launch.process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, launch.process.exitValue());
            assertTrue(launch.errors().contains("LETTERFLOW_PORT"), launch.errors());
        }
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
