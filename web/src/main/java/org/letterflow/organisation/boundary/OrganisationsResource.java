package org.letterflow.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.rest.Problem;
import org.letterflow.platform.rest.Versions;

@ApplicationScoped
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    Organisations organisations;

    /** The caller's visible tree (own organisation and below), or one level of it with ?parent=. */
    @GET
    @Operation(summary = "Организации, видимые вызывающему (или дочерние ?parent=)")
    @APIResponse(responseCode = "200", description = "Организации, видимые вызывающему (или дочерние ?parent=)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = OrganisationView.class)))
    public List<OrganisationView> list(@QueryParam("parent") Long parent) {
        List<Organisation> found = parent == null ? organisations.visible() : organisations.children(parent);
        return found.stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Организация")
    @APIResponse(responseCode = "200", description = "Организация",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)), headers = @Header(name = "ETag", description = "Версия записи для If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id) {
        Organisation organisation = organisations.find(id);
        return Response.ok(OrganisationView.of(organisation)).tag(Versions.tag(organisation.getVersion())).build();
    }

    @POST
    @Operation(summary = "Создать организацию (администратор)")
    @APIResponse(responseCode = "201", description = "Организация создана; Location — её адрес",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)), headers = @Header(name = "ETag", description = "Версия записи для If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Поля неверны (errors называет поля)",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Такая организация уже есть",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull OrganisationForm form, @Context UriInfo uri) {
        Organisation created = organisations.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(OrganisationView.of(created)).tag(Versions.tag(created.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Изменить организацию (If-Match: ETag)")
    @APIResponse(responseCode = "200", description = "Организация изменена",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)), headers = @Header(name = "ETag", description = "Версия записи для If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Нет заголовка If-Match или данные неверны",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Запись изменена другим пользователем (ETag устарел)",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull OrganisationForm form) {
        Organisation updated = organisations.update(id, form, Versions.expected(ifMatch));
        return Response.ok(OrganisationView.of(updated)).tag(Versions.tag(updated.getVersion())).build();
    }
}
