package org.letterflow.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two letterflow.jar instances in cluster mode on one PostgreSQL, HAProxy in front with the
 * repository's own configuration (src/main/haproxy/letterflow.cfg), all on loopback, under a light
 * steady load of API clients. The instance that runs a sending to 40,000 schools and holds a
 * person's session is killed with SIGKILL: the other finishes the sending, each school once, and
 * the person's next page is served by it, still signed in. Before that: the two started together
 * migrated and loaded the demo once, the reminder run asked of both at once happens once, a user
 * deactivated on one instance cannot sign in on the other, and registrations on both draw each
 * number once with no gap. After it: the killed instance comes back into the cluster, and the other
 * is stopped with SIGTERM, as a service manager stops it: it drains (readiness DOWN, the balancer
 * takes it out, its requests are answered) and then stops, and no client sees an error.
 */
@Tag("slow")
class ClusterIT {

    private static final int SCHOOLS = 40_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @Test
    void survivesTheLossOfAnInstance() throws Exception {
        Path haproxyConfig = Path.of("main/haproxy/letterflow.cfg").toAbsolutePath();
        assertTrue(Files.exists(haproxyConfig), haproxyConfig.toString());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start()) {
            DataSource admin = postgres.getPostgresDatabase();
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("create database letterflow");
            }
            DataSource db = postgres.getDatabase("postgres", "letterflow");
            int[] http = {Launch.freePort(), Launch.freePort()};
            int[] grid = {Launch.freePort(), Launch.freePort()};
            String members = "127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
            List<Launch> instances = new ArrayList<>();
            List<Map<String, String>> environments = new ArrayList<>();
            for (int i = 0; i < 2; i++) { // both at once: migrations and demo data must still happen once
                Map<String, String> env = Launch.clusterMember(postgres.getJdbcUrl("postgres", "letterflow"),
                        "letterflow-it-" + http[0], members, grid[i], "app" + (i + 1));
                // small batches: the sending runs long enough to be killed in the middle;
                // a short lease: the survivor takes it over within seconds
                env.put("LETTERFLOW_DELIVERY_BATCH", "20");
                env.put("LETTERFLOW_DELIVERY_LEASE", "5");
                environments.add(env);
                instances.add(Launch.start(env, http[i]));
            }
            Process haproxy = null;
            Path balancerLog = Files.createTempFile("haproxy", ".log");
            try {
                for (Launch instance : instances) {
                    // readiness, not the sign-in page: on a loaded machine the first page can take longer
                    // than a polling client waits, and the polls would only pile up
                    assertTrue(ready(instance, Duration.ofMinutes(12)), instance.log() + instance.errors());
                }
                String grid0 = instances.get(0).log() + instances.get(0).errors();
                assertTrue(grid0.contains("DG Name: letterflow-it-" + http[0]) && grid0.contains("DG Size: 2"),
                        "the two formed the named data grid:\n" + grid0);
                assertEquals(0L, number(db, "select count(*) - count(distinct version) from flyway_schema_history"
                        + " where version is not null"), "each migration ran once");
                assertEquals(1L, number(db, "select count(*) from letter where organisation_id = 1"
                        + " and registration_number = '10-1'"), "the demo letters were registered once");

                int front = Launch.freePort();
                haproxy = Launch.haproxy(haproxyConfig, balancerLog, front, http[0], http[1]);
                String base = "http://127.0.0.1:" + front + "/";
                Launch.awaitStatus(base + "health/ready", 200, Duration.ofSeconds(30));

                try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                    s.execute("insert into organisation (parent_id, kind, full_name, short_name, time_zone)"
                            + " select 3, 'SCHOOL', 'Школа ' || g, 'Ш-' || g, 'Asia/Tomsk' from generate_series(1, "
                            + SCHOOLS + ") g");
                }

                registrationsOnBothDrawEachNumberOnce(db, http);
                reminderRunHappensOnce(db, http);
                deactivationHoldsOnTheOtherInstanceAtOnce(http);

                int victim;
                try (Load load = new Load(base, List.of("tomsk.clerk", "irkutsk.clerk", "minpros.clerk"))) {
                    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(3)).build();
                    signInThroughTheForm(browser, base, "tomsk.clerk");
                    assertTrue(signedInPage(browser, base + "inbox.xhtml"), "the inbox opens after signing in");
                    victim = "app2".equals(cookie(browser, "LFSERVER")) ? 1 : 0;

                    String direct = "http://127.0.0.1:" + http[victim] + "/api/v1/";
                    long letter = post(direct + "letters", """
                            {"direction": "OUTGOING", "subject": "О проверке кластера", "register": true}""", 201)
                            .getJsonNumber("id").longValue();
                    long job = post(direct + "letters/" + letter + "/deliveries",
                            "{\"descendantsOfKind\": \"SCHOOL\"}", 202).getJsonNumber("id").longValue();
                    awaitUnderWay(db, job);
                    String owner = text(db, "select lease_owner from delivery_job where id = " + job);

                    long killedAt = System.nanoTime();
                    instances.get(victim).kill(); // SIGKILL: no clean stop, no hand-over
                    long doneAtKill = number(db, "select done from delivery_job where id = " + job);
                    long total = SCHOOLS + 2; // and the two demo schools below Tomsk
                    assertTrue(doneAtKill < total, "killed in the middle: " + doneAtKill + " of " + total);

                    long failover = awaitSignedInPage(browser, base + "inbox.xhtml");
                    double failoverSeconds = (failover - killedAt) / 1e9;
                    // the target: errors only for requests in flight on the dead instance, none once
                    // the balancer's checks have marked it down
                    double markedDownSeconds = (awaitLine(balancerLog, "app" + (victim + 1) + " is DOWN",
                            Duration.ofSeconds(30), 0) - killedAt) / 1e9;
                    load.markFailedOver();

                    String state = "RUNNING";
                    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                    while ("RUNNING".equals(state) && System.nanoTime() < deadline) {
                        Thread.sleep(250);
                        state = text(db, "select state from delivery_job where id = " + job);
                    }
                    double takeoverSeconds = (System.nanoTime() - killedAt) / 1e9;
                    assertEquals("DONE", state, "the surviving instance finished the sending");
                    assertNotEquals(owner, text(db, "select lease_owner from delivery_job where id = " + job),
                            "finished by the other instance");
                    assertEquals(total, number(db, "select count(*) from delivery where letter_id = " + letter));
                    assertEquals(total, number(db, "select count(distinct recipient_id) from delivery where letter_id = "
                            + letter), "each school once");
                    assertEquals(total, number(db, "select delivered from delivery_job where id = " + job));
                    Thread.sleep(1000); // a second more of load, all of it after the failover
                    load.stop();
                    System.out.printf("ClusterIT: HAProxy marked app%d down %.1f s after the kill%n", victim + 1,
                            markedDownSeconds);
                    System.out.printf("ClusterIT: SIGKILL of app%d; the person's next page after %.1f s (signed in);"
                                    + " sending finished by the other instance %.1f s after the kill%n",
                            victim + 1, failoverSeconds, takeoverSeconds);
                    System.out.printf("ClusterIT: load clients %d requests, %d failed (all before the mark-down: %s)%n",
                            load.requests.get(), load.errors.size(), load.errors);
                    assertEquals(0, load.errorsAfterFailover.get(),
                            "no load client failed once the balancer had marked the dead instance down");
                }

                int survivor = 1 - victim;
                long restartFrom = Files.size(balancerLog);
                instances.set(victim, Launch.start(environments.get(victim), http[victim]));
                assertTrue(ready(instances.get(victim), Duration.ofMinutes(12)),
                        instances.get(victim).log() + instances.get(victim).errors());
                awaitLine(balancerLog, "app" + (victim + 1) + " is UP", Duration.ofSeconds(60), restartFrom);
                stoppedWithSigtermDrainsFirst(base, balancerLog, instances.get(survivor), "app" + (survivor + 1));
            } finally {
                if (haproxy != null) {
                    haproxy.destroy();
                    haproxy.waitFor(10, TimeUnit.SECONDS);
                }
                for (Launch instance : instances) {
                    instance.close();
                }
            }
        }
    }

    /**
     * SIGTERM to one instance's launcher under load: the balancer marks it down while it still
     * runs, it stops by itself afterwards, and not one request of the load clients fails.
     */
    private static void stoppedWithSigtermDrainsFirst(String base, Path balancerLog, Launch instance, String name)
            throws Exception {
        try (Load load = new Load(base, List.of("tomsk.clerk", "irkutsk.clerk", "minpros.clerk"))) {
            Thread.sleep(2000); // the load spreads over both instances
            long from = Files.size(balancerLog);
            long requestsBefore = load.requests.get();
            long signalled = System.nanoTime();
            instance.process.destroy(); // SIGTERM to the launcher, as systemd (KillMode=mixed) or docker stop send it
            long markedDown = awaitLine(balancerLog, name + " is DOWN", Duration.ofSeconds(30), from);
            assertTrue(instance.process.isAlive(), "taken out by the balancer while it still ran: that is the drain");
            assertTrue(instance.process.waitFor(3, TimeUnit.MINUTES), "stopped after its drain");
            long stopped = System.nanoTime();
            Thread.sleep(1000); // and a second more on the one left
            load.stop();
            System.out.printf("ClusterIT: SIGTERM to %s: marked down after %.1f s, stopped after %.1f s;"
                            + " load clients %d requests meanwhile, %d failed %s%n", name, (markedDown - signalled) / 1e9,
                    (stopped - signalled) / 1e9, load.requests.get() - requestsBefore, load.errors.size(), load.errors);
            assertTrue(load.requests.get() - requestsBefore > 20, "the clients kept asking");
            assertEquals(List.of(), List.copyOf(load.errors), "no client saw an error while the instance drained and stopped");
        }
    }

    /** Both instances register at once in the same journal: the numbers run on without gap or repeat. */
    private static void registrationsOnBothDrawEachNumberOnce(DataSource db, int[] http) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> made = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int port : http) {
                made.add(pool.submit(() -> {
                    start.await();
                    List<Long> ids = new ArrayList<>();
                    for (int n = 0; n < 15; n++) {
                        ids.add(post("http://127.0.0.1:" + port + "/api/v1/letters", """
                                {"direction": "OUTGOING", "subject": "Регистрация на двух экземплярах", "register": true}""",
                                201).getJsonNumber("id").longValue());
                    }
                    return ids;
                }));
            }
            start.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<List<Long>> f : made) {
                ids.addAll(f.get(3, TimeUnit.MINUTES));
            }
            String in = ids.toString().replace('[', '(').replace(']', ')');
            assertEquals(1L, number(db, "select count(distinct (journal_id, extract(year from registration_date)))"
                    + " from letter where id in " + in), "one journal, one year");
            assertEquals(30L, number(db, "select count(distinct registration_sequence) from letter where id in " + in),
                    "no number twice");
            assertEquals(29L, number(db, "select max(registration_sequence) - min(registration_sequence) from letter"
                    + " where id in " + in), "no number skipped");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The administrators of both instances ask for the reminders at the same moment: each goes out once. */
    private static void reminderRunHappensOnce(DataSource db, int[] http) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            // a task of Tomsk's clerk falls due today, so there is something to remind of
            s.execute("""
                    with r as (
                        insert into resolution (letter_id, organisation_id, author_id, text, on_control, created_at)
                        select (select min(id) from letter where organisation_id = 2), 2,
                               (select id from app_user where login = 'tomsk.head'), 'Подготовить ответ', true, now()
                        returning id
                    ), t as (
                        insert into task (resolution_id, assignee_user_id)
                        select r.id, (select id from app_user where login = 'tomsk.clerk') from r returning id
                    )
                    insert into task_checkpoint (task_id, position, due_on, state)
                    select t.id, 1, current_date, 'OPEN' from t""");
        }
        long noticesBefore = number(db, "select count(*) from notification");
        long marksBefore = number(db, "select (select count(*) from task_reminder) + (select count(*) from approval_reminder)");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int port : http) {
                runs.add(pool.submit(() -> {
                    start.await();
                    HttpResponse<String> r = send("http://127.0.0.1:" + port + "/api/v1/notices/reminders", "admin",
                            "POST", "{}", null);
                    assertEquals(200, r.statusCode(), r.body());
                    return json(r.body()).getInt("reminders");
                }));
            }
            start.countDown();
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get(2, TimeUnit.MINUTES);
            }
            long marks = number(db, "select (select count(*) from task_reminder) + (select count(*) from approval_reminder)")
                    - marksBefore;
            long notices = number(db, "select count(*) from notification") - noticesBefore;
            System.out.printf("ClusterIT: reminder run asked of both instances: %d reminders, %d notices%n", sent, notices);
            assertTrue(marks > 0, "something was due");
            assertEquals(marks, sent, "the reminders counted by the runs are the ones marked sent");
            assertEquals(0L, number(db, "select count(*) from (select user_id, text from notification where id > "
                    + "(select max(id) from notification) - " + notices + " group by user_id, text having count(*) > 1) d"),
                    "no notice twice");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Deactivated through one instance, a user is turned away by the other at the next request. */
    private static void deactivationHoldsOnTheOtherInstanceAtOnce(int[] http) throws Exception {
        String one = "http://127.0.0.1:" + http[0] + "/api/v1/";
        String other = "http://127.0.0.1:" + http[1] + "/api/v1/";
        String login = "tatarstan.executor";
        assertEquals(200, send(other + "me", login, "GET", null, null).statusCode(), "signed in on the other instance");
        JsonObject user = null;
        for (JsonValue v : jsonArray(send(one + "users", "admin", "GET", null, null).body())) {
            if (login.equals(v.asJsonObject().getString("login"))) {
                user = v.asJsonObject();
            }
        }
        assertTrue(user != null, login);
        HttpResponse<String> current = send(one + "users/" + user.getJsonNumber("id"), "admin", "GET", null, null);
        String form = Json.createObjectBuilder()
                .add("organisationId", user.getJsonObject("organisation").getJsonNumber("id"))
                .add("login", login).add("fullName", user.getString("fullName")).add("shortName", user.getString("shortName"))
                .add("roles", user.getJsonArray("roles")).add("active", false).build().toString();
        HttpResponse<String> disabled = send(one + "users/" + user.getJsonNumber("id"), "admin", "PUT", form,
                current.headers().firstValue("ETag").orElseThrow());
        long changed = System.nanoTime();
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals(401, send(other + "me", login, "GET", null, null).statusCode(),
                "the other instance turns the deactivated user away");
        System.out.printf("ClusterIT: deactivation on app1 held on app2 at its next request (%.0f ms after)%n",
                (System.nanoTime() - changed) / 1e6);
    }

    private static void signInThroughTheForm(HttpClient browser, String base, String login) throws Exception {
        HttpResponse<String> signedIn = Launch.signInThroughTheForm(browser, base, login);
        assertEquals(200, signedIn.statusCode(), signedIn.body());
    }

    private static boolean signedInPage(HttpClient browser, String url) {
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return page.statusCode() == 200 && !page.uri().getPath().endsWith("login.xhtml")
                    && !page.body().contains("id=\"signIn\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The moment the page first opens signed in; fails if the session is not carried on within a minute. */
    private static long awaitSignedInPage(HttpClient browser, String url) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (signedInPage(browser, url)) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the person's session did not carry on, signed in, on the other instance");
    }

    private static String cookie(HttpClient browser, String name) {
        CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    /**
     * Waits for a line of the balancer's log written after its first {@code from} bytes and answers
     * when it was seen (System.nanoTime).
     */
    private static long awaitLine(Path log, String text, Duration limit, long from) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            String written = Files.readString(log, StandardCharsets.ISO_8859_1);
            if (written.length() > from && written.substring((int) from).contains(text)) {
                return System.nanoTime();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("HAProxy never logged '" + text + "':\n" + Files.readString(log, StandardCharsets.ISO_8859_1));
    }

    private static boolean ready(Launch instance, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline && instance.process.isAlive()) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port + "/health/ready"))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static void awaitUnderWay(DataSource db, long job) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (number(db, "select done from delivery_job where id = " + job) > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the sending never started");
    }

    /** Signed-in API clients asking for their profile, one request after another, through the balancer. */
    private static final class Load implements AutoCloseable {
        final AtomicLong requests = new AtomicLong();
        final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        final AtomicLong errorsAfterFailover = new AtomicLong();
        private final AtomicBoolean failedOver = new AtomicBoolean();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService clients;

        Load(String base, List<String> logins) {
            clients = Executors.newFixedThreadPool(logins.size());
            for (String login : logins) {
                clients.submit(() -> {
                    while (running.get()) {
                        requests.incrementAndGet();
                        String problem;
                        try {
                            int status = send(base + "api/v1/me", login, "GET", null, null).statusCode();
                            problem = status == 200 ? null : "HTTP " + status;
                        } catch (IOException e) {
                            problem = e.getClass().getSimpleName();
                        }
                        if (problem != null) {
                            errors.add(problem);
                            if (failedOver.get()) {
                                errorsAfterFailover.incrementAndGet();
                            }
                        }
                        Thread.sleep(50);
                    }
                    return null;
                });
            }
        }

        void markFailedOver() {
            failedOver.set(true);
        }

        void stop() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }

    private static HttpResponse<String> send(String url, String login, String method, String json, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((login + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject post(String url, String json, int expected) throws Exception {
        HttpResponse<String> response = send(url, "tomsk.clerk", "POST", json, null);
        assertEquals(expected, response.statusCode(), response.body());
        return json(response.body());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonArray jsonArray(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    private static long number(DataSource db, String sql) throws Exception {
        return Long.parseLong(text(db, sql));
    }

    private static String text(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
