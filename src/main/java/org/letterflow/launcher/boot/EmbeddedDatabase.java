package org.letterflow.launcher.boot;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

/**
 * A real PostgreSQL server from the binaries on Maven Central, its data kept in a directory that
 * survives restarts. Loaded in the launcher's isolated class loader; the launcher talks to it
 * only through JDK interfaces: {@link Supplier} gives the JDBC URL, {@link AutoCloseable} stops it.
 */
public final class EmbeddedDatabase implements Supplier<String>, AutoCloseable {

    private static final String DATABASE = "letterflow";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        stopLeftBehind(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "120")
                // zonky's defaults favour test speed; this database holds real letters
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            boolean exists;
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                s.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            postgres.close();
            throw e;
        }
        return new EmbeddedDatabase(postgres);
    }

    /**
     * A launcher killed outright (kill -9, a power cut of the JVM only) leaves its PostgreSQL
     * running and holding the data directory, so the next start could not open it. That server has
     * lost its only client: it is stopped (SIGTERM, PostgreSQL's orderly "smart" shutdown) first.
     */
    private static void stopLeftBehind(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException e) {
            return; // not a pid file PostgreSQL wrote; let it say what is wrong
        }
        ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .ifPresent(server -> {
                    server.destroy();
                    try {
                        server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        server.destroyForcibly();
                    }
                });
    }

    @Override
    public String get() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
