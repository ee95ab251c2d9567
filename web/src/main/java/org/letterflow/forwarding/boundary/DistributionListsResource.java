package org.letterflow.forwarding.boundary;

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
import org.letterflow.forwarding.boundary.DistributionLists.DistributionList;
import org.letterflow.platform.rest.Problem;

/** The caller's organisation's saved distribution lists, used in {@code POST /letters/{id}/deliveries} as {@code lists}. */
@ApplicationScoped
@Path("distribution-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistributionListsResource {

    /** A new list: its name and its members' organisation ids. */
    @Schema(description = "Новый список рассылки")
    public record ListForm(
            @Schema(description = "Название", example = "Все школы района") String name,
            @Schema(type = SchemaType.ARRAY, implementation = Long.class, description = "Организации списка") List<Long> members) {
        @JsonbCreator
        public ListForm(String name, List<Long> members) {
            this.name = name;
            this.members = members;
        }
    }

    @Inject
    DistributionLists lists;

    @GET
    @Operation(summary = "Списки рассылки организации")
    @APIResponse(responseCode = "200", description = "Списки рассылки организации",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DistributionList.class)))
    public List<DistributionList> own() {
        return lists.own();
    }

    @POST
    @Operation(summary = "Создать список рассылки")
    @APIResponse(responseCode = "201", description = "Список создан",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistributionList.class)))
    @APIResponse(responseCode = "400", description = "Название или состав неверны",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Список с таким названием уже есть",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ListForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(lists.create(form == null ? null : form.name(), form == null ? null : form.members())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Удалить список рассылки")
    @APIResponse(responseCode = "204", description = "Список удалён")
    public Response delete(@PathParam("id") long id) {
        lists.delete(id);
        return Response.noContent().build();
    }
}
