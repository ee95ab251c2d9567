package org.letterflow.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means: the schema is migrated, the database answers now, and the application is not
 * being stopped — a balancer's health check then sends no new requests to a stopping instance.
 * letterflow.jar's launcher drains an instance before it stops it by creating the file named in
 * {@code letterflow.stopping}; the application's own shutdown is noticed as well.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    SchemaMigration migration;

    @Inject
    @ConfigProperty(name = "letterflow.stopping")
    Optional<String> stoppingMarker;

    private volatile boolean stopping;

    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        stopping = true;
    }

    @Override
    public HealthCheckResponse call() {
        if (stopping || stoppingMarker.map(marker -> Files.exists(Path.of(marker))).orElse(false)) {
            return HealthCheckResponse.named("database").down().withData("stopping", true).build();
        }
        boolean answers;
        try (Connection connection = dataSource.getConnection()) {
            answers = connection.isValid(2);
        } catch (SQLException e) {
            answers = false;
        }
        return HealthCheckResponse.named("database")
                .status(answers && migration.isDone())
                .withData("migrated", migration.isDone())
                .withData("answers", answers)
                .build();
    }
}
