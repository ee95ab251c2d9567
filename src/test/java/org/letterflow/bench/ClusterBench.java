package org.letterflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.letterflow.system.Launch;

/**
 * Issue 17: the same load through HAProxy (the repository's configuration) in front of one instance
 * and in front of two, in one run: registrations per second and {@code GET /me} per second with
 * eight API clients, and the p95 of the inbox page for eight people signed in through the form.
 * The two instances run in cluster mode on the bench's PostgreSQL; for the one-instance round the
 * balancer's second server is a port nobody listens on, which its checks mark down.
 */
final class ClusterBench {

    private static final int CLIENTS = 8;
    private static final Duration START_LIMIT = Duration.ofMinutes(10);
    private static final int WARM_UP_SECONDS = 20;

    private final Bench bench;

    ClusterBench(Bench bench) {
        this.bench = bench;
    }

    void run(int dbPort, int seconds) throws Exception {
        Path config = Path.of("src/main/haproxy/letterflow.cfg").toAbsolutePath();
        if (!Files.exists(config)) {
            throw new IllegalStateException("run the bench from the project's root: no " + config);
        }
        String dbUrl = "jdbc:postgresql://localhost:" + dbPort + "/letterflow";
        int[] http = {Launch.freePort(), Launch.freePort()};
        int[] grid = {Launch.freePort(), Launch.freePort()};
        String members = "127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        List<Launch> instances = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                instances.add(Launch.start(Launch.clusterMember(dbUrl, "letterflow-bench-" + http[0], members, grid[i],
                        "app" + (i + 1)), http[i]));
            }
            for (Launch instance : instances) {
                if (instance.secondsUntilSignInPage(START_LIMIT) < 0) {
                    throw new IllegalStateException("a cluster instance did not start: " + instance.errors());
                }
            }
            for (int port : http) {
                warmUp("http://127.0.0.1:" + port + "/");
            }
            bench.line("## Cluster: one instance and two behind HAProxy (issue 17)");
            bench.line("");
            bench.line("Two `letterflow.jar` in cluster mode on the bench's PostgreSQL, HAProxy with"
                    + " src/main/haproxy/letterflow.cfg in front; " + CLIENTS + " API clients for " + seconds
                    + " s per figure, then " + CLIENTS + " people signed in through the form opening Входящие for "
                    + seconds + " s (the balancer's cookie keeps each on one instance). Each instance is first warmed"
                    + " directly (" + WARM_UP_SECONDS + " s of the same requests); the bench's own single instance"
                    + " stays up, idle, on the same database.");
            bench.line("");
            bench.line("| instances | registrations/s | GET /me/s | inbox.xhtml requests | p50 ms | p95 ms | errors |");
            bench.line("|---|---|---|---|---|---|---|");
            int nobody = Launch.freePort();
            for (int behind = 1; behind <= 2; behind++) {
                round(config, behind, http[0], behind == 2 ? http[1] : nobody, seconds);
            }
            bench.line("");
        } finally {
            for (Launch instance : instances) {
                instance.close();
            }
        }
    }

    private void round(Path config, int behind, int app1, int app2, int seconds) throws Exception {
        int front = Launch.freePort();
        Path log = Files.createTempFile("haproxy-bench", ".log");
        Process haproxy = Launch.haproxy(config, log, front, app1, app2);
        try {
            String base = "http://127.0.0.1:" + front + "/";
            Launch.awaitStatus(base + "health/ready", 200, Duration.ofSeconds(60));
            // the balancer marks the empty port down after its first failed checks
            Thread.sleep(3000);
            long journal = Bench.journal(base, CLIENTS);
            double registrations = Bench.rate(CLIENTS, () -> Bench.registerIncoming(base, journal), () -> null);
            double me = Bench.rate(CLIENTS, () -> Bench.get(base + "api/v1/me", "minpros.clerk"), () -> null);
            Queue<Double> inbox = new ConcurrentLinkedQueue<>();
            AtomicLong errors = new AtomicLong();
            List<PagesBench.Person> people = new ArrayList<>();
            for (int p = 0; p < CLIENTS; p++) {
                people.add(PagesBench.Person.signIn(base, "tomsk.clerk"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long warmUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            long end = warmUntil + Duration.ofSeconds(seconds).toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (PagesBench.Person person : people) {
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        boolean ok = person.get("inbox.xhtml");
                        if (start >= warmUntil) {
                            inbox.add((System.nanoTime() - start) / 1e6);
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
            List<Double> millis = new ArrayList<>(inbox);
            bench.line(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %d | %.0f | %.0f | %d |", behind, registrations, me,
                    millis.size(), Bench.percentile(millis, 50), Bench.percentile(millis, 95), errors.get()));
        } finally {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The same requests as the rounds, straight to one instance and not counted: no round measures a cold JIT. */
    private static void warmUp(String base) throws Exception {
        long journal = Bench.journal(base, CLIENTS);
        PagesBench.Person person = PagesBench.Person.signIn(base, "tomsk.clerk");
        long end = System.nanoTime() + Duration.ofSeconds(WARM_UP_SECONDS).toNanos();
        while (System.nanoTime() < end) {
            Bench.registerIncoming(base, journal);
            Bench.get(base + "api/v1/me", "minpros.clerk");
            person.get("inbox.xhtml");
        }
    }
}
