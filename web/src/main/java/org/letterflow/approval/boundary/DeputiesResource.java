package org.letterflow.approval.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.approval.boundary.Deputies.Substitution;
import org.letterflow.platform.rest.Problem;

/** An executive's deputies: {@code GET|POST /deputies}, {@code DELETE /deputies/{id}}. */
@ApplicationScoped
@Path("deputies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeputiesResource {

    /** Who stands in, and from which day to which (both included). */
    @Schema(description = "Замещение руководителя")
    public record SubstitutionForm(
            @Schema(description = "Логин заместителя", example = "tatarstan.deputy") String deputy,
            @Schema(type = SchemaType.STRING, format = "date", description = "Первый день", example = "2026-12-07") LocalDate from,
            @Schema(type = SchemaType.STRING, format = "date", description = "Последний день (включительно)", example = "2026-12-18") LocalDate to) {
        @JsonbCreator
        public SubstitutionForm(String deputy, LocalDate from, LocalDate to) {
            this.deputy = deputy;
            this.from = from;
            this.to = to;
        }
    }

    @Inject
    Deputies deputies;

    @GET
    @Operation(summary = "Заместители руководителя")
    @APIResponse(responseCode = "200", description = "Заместители руководителя",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Substitution.class)))
    public List<Substitution> current() {
        return deputies.current();
    }

    @POST
    @Operation(summary = "Назначить заместителя на период")
    @APIResponse(responseCode = "201", description = "Замещение назначено",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Substitution.class)))
    @APIResponse(responseCode = "400", description = "Заместитель или период неверны",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response name(SubstitutionForm form) {
        SubstitutionForm f = form == null ? new SubstitutionForm(null, null, null) : form;
        return Response.status(Response.Status.CREATED).entity(deputies.name(f.deputy(), f.from(), f.to())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Отменить замещение")
    @APIResponse(responseCode = "204", description = "Замещение отменено")
    public Response cancel(@PathParam("id") long id) {
        deputies.cancel(id);
        return Response.noContent().build();
    }
}
