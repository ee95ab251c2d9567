package org.letterflow.approval.boundary;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.letterflow.platform.BusinessException;

/**
 * {@code /letters/{id}/approval-sheet}: a draft's approval rounds (GET) and a new round on a route
 * (POST). Reached through the letters resource, which owns the {@code /letters/{id}} paths.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalSheetResource {

    private final Approvals approvals;
    private final ZoneId zone;
    private final long letterId;

    public ApprovalSheetResource(Approvals approvals, ZoneId zone, long letterId) {
        this.approvals = approvals;
        this.zone = zone;
        this.letterId = letterId;
    }

    @GET
    @Operation(summary = "Every approval round of a letter, oldest first")
    public List<SheetView> sheets() {
        return approvals.sheets(letterId).stream()
                .map(s -> SheetView.of(s, zone)).toList();
    }

    @POST
    @Operation(summary = "Sends an outgoing draft round its route: approvers in order, the last one signs")
    public Response start(Route route) {
        if (route == null) {
            throw BusinessException.invalid("steps", "Передайте маршрут: {\"kind\": \"SEQUENTIAL\", \"steps\": [{\"approver\": login}, …]}");
        }
        return Response.status(Response.Status.CREATED)
                .entity(SheetView.of(approvals.start(letterId, route), zone)).build();
    }
}
