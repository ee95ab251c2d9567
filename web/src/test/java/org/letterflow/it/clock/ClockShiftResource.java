package org.letterflow.it.clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only (added to the test deployment with {@link MovableClock}): an administrator moves the
 * application's clock by an ISO-8601 duration ({@code PUT api/v1/test-clock/P3D}) and puts it back
 * ({@code DELETE}). Hidden from the OpenAPI document, which describes what ships.
 */
@Stateless
@Path("test-clock")
@RolesAllowed("ADMIN")
public class ClockShiftResource {

    @Inject
    MovableClock clock;

    @PUT
    @Path("{shift}")
    @Operation(hidden = true)
    public String move(@PathParam("shift") String shift) {
        clock.moveBy(Duration.parse(shift));
        return clock.shift().toString();
    }

    @DELETE
    @Operation(hidden = true)
    public void reset() {
        clock.moveBy(Duration.ZERO);
    }

    @GET
    @Operation(hidden = true)
    public String shift() {
        return clock.shift().toString();
    }
}
