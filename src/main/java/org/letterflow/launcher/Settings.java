package org.letterflow.launcher;

import java.nio.file.Path;
import java.util.Map;

/** The launcher's configuration, read once from the environment. */
record Settings(int port, Path data, String dbUrl, String dbUser, String dbPassword, int dbPort, boolean demo) {

    static final int DEFAULT_PORT = 8080;

    static Settings from(Map<String, String> env) {
        return new Settings(
                number(env, "LETTERFLOW_PORT", DEFAULT_PORT),
                Path.of(env.getOrDefault("LETTERFLOW_DATA",
                        Path.of(System.getProperty("user.home"), ".letterflow").toString())),
                blankToNull(env.get("DB_URL")),
                env.getOrDefault("DB_USER", "letterflow"),
                env.getOrDefault("DB_PASSWORD", "letterflow"),
                number(env, "LETTERFLOW_DB_PORT", 0),
                !"false".equalsIgnoreCase(env.getOrDefault("LETTERFLOW_DEMO", "true").strip()));
    }

    boolean embeddedDatabase() {
        return dbUrl == null;
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || n > 65535) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new LaunchFailure(name + " must be a port number (0-65535), not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
