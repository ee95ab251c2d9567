package org.letterflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the application's PostgreSQL backends are, sampled every 20 ms while a round runs: running,
 * waiting for a lock (and which), idle inside a transaction (the server is busy in Java between two
 * statements), or idle between transactions. The shares tell a lock convoy (many waiting on one row)
 * from a server that cannot feed the database fast enough.
 */
final class BackendStates implements AutoCloseable {

    private static final String SAMPLE = """
            select case when wait_event_type = 'Lock' then 'waiting for a lock (' || wait_event || ')'
                        when state = 'active' and wait_event_type is null then 'running'
                        when state = 'active' then 'running, waiting on ' || wait_event_type || ' ' || wait_event
                        when state like 'idle in transaction%' then 'idle in a transaction'
                        else 'idle between transactions' end as what, count(*)
              from pg_stat_activity
             where backend_type = 'client backend' and pid <> pg_backend_pid() and datname = current_database()
             group by 1""";

    private final Map<String, Long> counts = new TreeMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    BackendStates(String jdbc) {
        sampler = new Thread(() -> {
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
                 var sample = c.prepareStatement(SAMPLE)) {
                while (running) {
                    try (ResultSet rows = sample.executeQuery()) {
                        while (rows.next()) {
                            synchronized (counts) {
                                counts.merge(rows.getString(1), rows.getLong(2), Long::sum);
                            }
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "backend-states");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The shares of the samples, largest first, e.g. "running 40 %, waiting for a lock (transactionid) 35 %". */
    String shares() {
        synchronized (counts) {
            long all = counts.values().stream().mapToLong(Long::longValue).sum();
            return all == 0 ? "no samples" : counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), 100.0 * e.getValue() / all))
                    .collect(Collectors.joining(", "));
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
    }
}
