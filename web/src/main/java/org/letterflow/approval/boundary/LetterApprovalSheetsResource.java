package org.letterflow.approval.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.document.Download;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.rest.Problem;

/** {@code /letters/{id}/approval-sheet}: a draft's approval rounds, served by the approval component. */
@ApplicationScoped
@Path("letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterApprovalSheetsResource {

    @Inject
    Approvals approvals;

    @Inject
    Users users;

    @Inject
    Clock clock;

    @GET
    @Path("{id}/approval-sheet")
    @Operation(summary = "Листы согласования проекта письма (все круги)")
    @APIResponse(responseCode = "200", description = "Листы согласования проекта письма (все круги)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SheetView.class)))
    public List<SheetView> approvalSheets(@PathParam("id") long id) {
        return approvals.sheets(id).stream().map(s -> SheetView.of(s, zone(), clock.instant())).toList();
    }

    @POST
    @Path("{id}/approval-sheet")
    @Operation(summary = "Начать круг согласования по маршруту")
    @APIResponse(responseCode = "201", description = "Лист согласования начат",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)))
    @APIResponse(responseCode = "400", description = "Маршрут неверен",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Письмо уже на согласовании или не проект",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response startApproval(@PathParam("id") long id, Route route) {
        if (route == null) {
            throw BusinessException.invalid("steps", Text.API_ROUTE_MISSING);
        }
        return Response.status(Response.Status.CREATED).entity(SheetView.of(approvals.start(id, route), zone(), clock.instant())).build();
    }

    private ZoneId zone() {
        return users.zone();
    }

    @GET
    @Path("{id}/approval-sheet.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Лист согласования в PDF")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response approvalSheetPdf(@PathParam("id") long id) {
        return Download.response(approvals.printed(id), "application/pdf", Text.APPROVAL_SHEET_FILE_NAME.format(id), true);
    }
}
