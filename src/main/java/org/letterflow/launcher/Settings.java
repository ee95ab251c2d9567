package org.letterflow.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * The launcher's configuration, read once from the environment.
 *
 * <p>Cluster mode ({@code LETTERFLOW_CLUSTER} names the cluster) joins the instance to Payara
 * Micro's Hazelcast data grid: members found over TCP/IP from {@code LETTERFLOW_CLUSTER_MEMBERS}
 * (host:port list; multicast when empty), this instance's grid port from
 * {@code LETTERFLOW_CLUSTER_PORT}, the address it binds from {@code LETTERFLOW_CLUSTER_INTERFACE}.
 * Every instance of a cluster must share one PostgreSQL, so cluster mode requires {@code DB_URL}.
 *
 * <p>{@code LETTERFLOW_DRAIN_SECONDS} is how long a stopping instance stays up with its readiness
 * DOWN before it stops: long enough for a balancer's health checks to take it out and for the
 * requests it already has to be answered. A cluster drains 5 s by default (HAProxy's checks in
 * src/main/haproxy take it out within 2); a single instance stops at once.
 */
record Settings(int port, Path data, String dbUrl, String dbUser, String dbPassword, int dbPort, boolean demo,
                Cluster cluster, int drainSeconds) {

    static final int DEFAULT_PORT = 8080;
    static final int DEFAULT_CLUSTER_PORT = 5900;
    static final int DEFAULT_CLUSTER_DRAIN_SECONDS = 5;
    private static final int PORT_MAX = 65535;
    private static final int DRAIN_MAX = 600;

    /** The data grid this instance joins; {@code members} empty means multicast discovery. */
    record Cluster(String name, String members, int port, String bindInterface, String instance) {
    }

    static Settings from(Map<String, String> env) {
        Cluster cluster = cluster(env);
        String dbUrl = blankToNull(env.get("DB_URL"));
        if (cluster != null && dbUrl == null) {
            throw new LaunchFailure("cluster mode (LETTERFLOW_CLUSTER) needs the shared PostgreSQL in DB_URL:"
                    + " an embedded database would be one per instance");
        }
        return new Settings(
                number(env, "LETTERFLOW_PORT", DEFAULT_PORT),
                Path.of(env.getOrDefault("LETTERFLOW_DATA",
                        Path.of(System.getProperty("user.home"), ".letterflow").toString())),
                dbUrl,
                env.getOrDefault("DB_USER", "letterflow"),
                env.getOrDefault("DB_PASSWORD", "letterflow"),
                number(env, "LETTERFLOW_DB_PORT", 0),
                !"false".equalsIgnoreCase(env.getOrDefault("LETTERFLOW_DEMO", "true").strip()),
                cluster,
                number(env, "LETTERFLOW_DRAIN_SECONDS", cluster == null ? 0 : DEFAULT_CLUSTER_DRAIN_SECONDS, DRAIN_MAX,
                        "a number of seconds"));
    }

    private static Cluster cluster(Map<String, String> env) {
        String name = blankToNull(env.get("LETTERFLOW_CLUSTER"));
        if (name == null) {
            return null;
        }
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new LaunchFailure("LETTERFLOW_CLUSTER must be a name of letters, digits, '.', '_' or '-', not '"
                    + name + "'");
        }
        String members = blankToNull(env.get("LETTERFLOW_CLUSTER_MEMBERS"));
        if (members != null) {
            members = members.replaceAll("\\s+", "");
            for (String member : members.split(",")) {
                if (!member.matches("[^:,]+:\\d{1,5}")) {
                    throw new LaunchFailure("LETTERFLOW_CLUSTER_MEMBERS must list host:port pairs separated by commas,"
                            + " not '" + member + "'");
                }
            }
        }
        int port = number(env, "LETTERFLOW_CLUSTER_PORT", DEFAULT_CLUSTER_PORT);
        int http = number(env, "LETTERFLOW_PORT", DEFAULT_PORT);
        return new Cluster(name, members, port, blankToNull(env.get("LETTERFLOW_CLUSTER_INTERFACE")),
                env.getOrDefault("LETTERFLOW_INSTANCE", "letterflow-" + http).strip());
    }

    boolean embeddedDatabase() {
        return dbUrl == null;
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        return number(env, name, fallback, PORT_MAX, "a port number");
    }

    private static int number(Map<String, String> env, String name, int fallback, int max, String what) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new LaunchFailure(name + " must be " + what + " (0-" + max + "), not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
