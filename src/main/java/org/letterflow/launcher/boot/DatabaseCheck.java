package org.letterflow.launcher.boot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Whether the server that DB_URL names answers, asked before Payara Micro starts. */
public final class DatabaseCheck {

    private DatabaseCheck() {
    }

    /** Null when the database answers; otherwise what went wrong, in one line. */
    public static String problem(String url, String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        try {
            org.postgresql.Driver driver = new org.postgresql.Driver();
            if (!driver.acceptsURL(url)) {
                return "not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)";
            }
            try (Connection c = driver.connect(url, properties)) {
                return c.isValid(5) ? null : "the server does not answer";
            }
        } catch (SQLException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return message.lines().findFirst().orElse(message);
        }
    }

    static {
        try {
            DriverManager.setLoginTimeout(10);
        } catch (RuntimeException ignored) {
            // only a default; the per-connection timeouts above still apply
        }
    }
}
