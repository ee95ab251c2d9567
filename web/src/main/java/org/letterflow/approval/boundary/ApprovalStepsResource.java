package org.letterflow.approval.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.approval.entity.Decision;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.rest.Idempotent;
import org.letterflow.platform.rest.Problem;

/** Deciding a step: {@code POST /approval-steps/{id}/decision}. */
@ApplicationScoped
@Path("approval-steps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApprovalStepsResource {

    /** An approver's answer. */
    @Schema(description = "Решение согласующего")
    public record DecisionForm(
            @Schema(type = SchemaType.STRING, description = "Решение: APPROVED, APPROVED_WITH_REMARKS, REJECTED, SIGNED", example = "APPROVED") Decision result,
            @Schema(description = "Замечания (обязательны при APPROVED_WITH_REMARKS и REJECTED)") String remarks) {
        @JsonbCreator
        public DecisionForm(Decision result, String remarks) {
            this.result = result;
            this.remarks = remarks;
        }
    }

    @Inject
    Approvals approvals;

    @Inject
    Users users;

    @Inject
    Clock clock;

    @Idempotent
    @POST
    @Path("{id}/decision")
    @Operation(summary = "Решение согласующего по своему шагу")
    @APIResponse(responseCode = "200", description = "Лист согласования после решения",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)))
    @APIResponse(responseCode = "400", description = "Решение не передано",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Шаг не ждёт решения вызывающего (не его очередь или уже решён)",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Ключ Idempotency-Key уже использован для другого запроса",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public SheetView decide(@PathParam("id") long id, DecisionForm form) {
        if (form == null) {
            throw BusinessException.invalid("result", Text.API_DECISION_MISSING);
        }
        return SheetView.of(approvals.decide(id, form.result(), form.remarks()), users.zone(),
                clock.instant());
    }
}
