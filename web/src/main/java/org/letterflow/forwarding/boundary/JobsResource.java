package org.letterflow.forwarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A sending's progress: {@code GET /jobs/{id}}, polled by whoever started it. */
@ApplicationScoped
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    Sendings sendings;

    @GET
    @Path("{id}")
    @Operation(summary = "Ход рассылки (задание отправки)")
    @APIResponse(responseCode = "200", description = "Ход рассылки (задание отправки)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public JobView get(@PathParam("id") long id) {
        return JobView.of(sendings.job(id));
    }
}
