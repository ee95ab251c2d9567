package org.letterflow.platform.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.letterflow.platform.Origins;
import org.letterflow.platform.Text;

/**
 * Refuses a state-changing API call sent by another site's page (its {@code Origin} names another
 * site): a browser would otherwise attach the user's credentials to it. Reads are left alone.
 */
@Provider
@PreMatching
@ApplicationScoped
public class OriginCheck implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(OriginCheck.class.getName());
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE", "PATCH");

    @Inject
    @ConfigProperty(name = "letterflow.allowed-origins")
    Optional<String> allowedOrigins;

    private Origins origins;

    @PostConstruct
    void init() {
        origins = new Origins(allowedOrigins.orElse(null));
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origins.foreign(origin, request.getHeaderString("Host"))) {
            LOG.info(() -> "Refused " + request.getMethod() + " " + request.getUriInfo().getPath()
                    + " from a foreign origin " + origin);
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, Text.ORIGIN_FOREIGN.format(origin)).toResponse());
        }
    }
}
