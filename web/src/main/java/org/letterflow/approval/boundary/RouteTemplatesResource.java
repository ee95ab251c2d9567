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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.approval.boundary.RouteTemplates.RouteTemplate;
import org.letterflow.approval.entity.RouteKind;
import org.letterflow.platform.rest.Problem;

/** The organisation's route templates: {@code GET|POST /route-templates}, {@code DELETE /route-templates/{id}}. */
@ApplicationScoped
@Path("route-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RouteTemplatesResource {

    /** A template: its name, the kind, and the approvers' logins in order. */
    @Schema(description = "Шаблон маршрута согласования")
    public record TemplateForm(
            @Schema(description = "Название", example = "Приказы") String name,
            @Schema(type = SchemaType.STRING, description = "Вид маршрута", example = "SEQUENTIAL") RouteKind kind,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Логины согласующих по порядку") List<String> approvers) {
        @JsonbCreator
        public TemplateForm(String name, RouteKind kind, List<String> approvers) {
            this.name = name;
            this.kind = kind;
            this.approvers = approvers;
        }
    }

    @Inject
    RouteTemplates templates;

    @GET
    @Operation(summary = "Шаблоны маршрутов организации")
    @APIResponse(responseCode = "200", description = "Шаблоны маршрутов организации",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = RouteTemplate.class)))
    public List<RouteTemplate> own() {
        return templates.own();
    }

    @POST
    @Operation(summary = "Сохранить шаблон маршрута")
    @APIResponse(responseCode = "201", description = "Шаблон сохранён",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RouteTemplate.class)))
    @APIResponse(responseCode = "400", description = "Название, вид или согласующие неверны",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Шаблон с таким названием уже есть",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response save(TemplateForm form) {
        TemplateForm f = form == null ? new TemplateForm(null, null, null) : form;
        return Response.status(Response.Status.CREATED).entity(templates.save(f.name(), f.kind(), f.approvers())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Удалить шаблон маршрута")
    @APIResponse(responseCode = "204", description = "Шаблон удалён")
    public Response delete(@PathParam("id") long id) {
        templates.delete(id);
        return Response.noContent().build();
    }
}
