package org.letterflow.approval.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.organisation.boundary.Users;

/** {@code GET /approvals/pending}: the steps waiting for the caller ("На согласовании"). */
@ApplicationScoped
@Path("approvals")
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalsResource {

    /** A step waiting for the caller, with its sheet. */
    @Schema(description = "Шаг, ждущий решения вызывающего")
    public record PendingView(
            @Schema(description = "Шаг (для POST /approval-steps/{id}/decision)") long step,
            @Schema(description = "Проект письма") long letter,
            @Schema(description = "Лист согласования") SheetView sheet) {
    }

    @Inject
    Approvals approvals;

    @Inject
    Users users;

    @Inject
    Clock clock;

    @GET
    @Path("pending")
    @Operation(summary = "Шаги, ждущие решения вызывающего («На согласовании»)")
    @APIResponse(responseCode = "200", description = "Шаги, ждущие решения вызывающего («На согласовании»)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PendingView.class)))
    public List<PendingView> pending() {
        return approvals.pending().stream().map(p -> new PendingView(p.step().getId(), p.sheet().getLetterId(),
                SheetView.of(p.sheet(), users.me().getOrganisation().getTimeZone(), clock.instant()))).toList();
    }
}
