package org.letterflow.approval.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.approval.control.ApprovalListing;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.rest.Problem;

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

    /**
     * Every step waiting, oldest approval first, or by {@code sort} (subject, initiator, startedAt; "-"
     * before it for descending); with {@code limit}, a page from {@code offset}. The whole list's count
     * is in {@code X-Total-Count}.
     */
    @GET
    @Path("pending")
    @Operation(summary = "Шаги, ждущие решения вызывающего («На согласовании»)")
    @APIResponse(responseCode = "200", description = "Шаги, ждущие решения вызывающего («На согласовании»)",
            headers = @Header(name = "X-Total-Count", description = "Сколько шагов ждёт всего",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = PendingView.class)))
    @APIResponse(responseCode = "400", description = "Сортировка только по столбцам списка",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pending(@QueryParam("sort") String sort, @QueryParam("offset") @DefaultValue("0") int offset,
                            @QueryParam("limit") Integer limit) {
        ResultPage<Approvals.Pending> page = approvals.pending(ApprovalListing.ALL,
                ApprovalListing.COLUMNS.checked(ListSort.parse(sort)), offset, limit == null ? Integer.MAX_VALUE : limit);
        var zone = users.zone();
        return Response.ok(page.items().stream().map(p -> new PendingView(p.step().getId(), p.sheet().getLetterId(),
                SheetView.of(p.sheet(), zone, clock.instant()))).toList()).header("X-Total-Count", page.total()).build();
    }
}
