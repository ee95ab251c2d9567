package org.letterflow.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the integration tests, started once per test JVM on the port that
 * arquillian.xml gives Payara Micro. Does nothing when DB_URL names a server (then
 * test.db.embedded is false).
 */
public class TestDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Boolean.parseBoolean(System.getProperty("test.db.embedded", "true"))) {
            return;
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestDatabase.class, key -> new Running(start()), Running.class);
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setPort(Integer.getInteger("test.db.port", 15432))
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL for the tests did not start", e);
        }
    }

    /** Stops the server when the test JVM's root context closes. */
    record Running(EmbeddedPostgres postgres) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
