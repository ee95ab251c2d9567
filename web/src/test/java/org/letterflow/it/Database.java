package org.letterflow.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tested application's database, for what a test cannot wait for through the API: time
 * passing (a due date that has gone by); and for what the API cannot show: that nothing was stored.
 */
public final class Database {

    private Database() {
    }

    /** The first column of the first row of a query, as a number (a count). */
    public static long number(String sql) {
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"),
                System.getProperty("test.db.user"), System.getProperty("test.db.password"));
             Statement s = c.createStatement(); var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int execute(String sql) {
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"),
                System.getProperty("test.db.user"), System.getProperty("test.db.password"));
             Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row a query answers, as text (EXPLAIN's lines, ids). */
    public static List<String> column(String sql) {
        try (Connection c = DriverManager.getConnection(System.getProperty("test.db.url"),
                System.getProperty("test.db.user"), System.getProperty("test.db.password"));
             Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
