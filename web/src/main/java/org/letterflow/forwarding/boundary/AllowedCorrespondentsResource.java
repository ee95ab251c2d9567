package org.letterflow.forwarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.letterflow.organisation.boundary.OrganisationView;

/**
 * An organisation's correspondents outside its subtree (administrators):
 * {@code GET /allowed-correspondents/{org}}, {@code PUT|DELETE /allowed-correspondents/{org}/{correspondent}}.
 */
@ApplicationScoped
@Path("allowed-correspondents")
@Produces(MediaType.APPLICATION_JSON)
public class AllowedCorrespondentsResource {

    @Inject
    AllowedCorrespondents allowed;

    @GET
    @Path("{organisation}")
    @Operation(summary = "Корреспонденты организации вне её поддерева")
    @APIResponse(responseCode = "200", description = "Корреспонденты организации вне её поддерева",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = OrganisationView.class)))
    public List<OrganisationView> of(@PathParam("organisation") long organisation) {
        return allowed.of(organisation).stream().map(OrganisationView::of).toList();
    }

    @PUT
    @Path("{organisation}/{correspondent}")
    @Operation(summary = "Разрешить переписку с организацией")
    @APIResponse(responseCode = "204", description = "Разрешено")
    public Response allow(@PathParam("organisation") long organisation, @PathParam("correspondent") long correspondent) {
        allowed.allow(organisation, correspondent);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{organisation}/{correspondent}")
    @Operation(summary = "Запретить переписку с организацией")
    @APIResponse(responseCode = "204", description = "Запрещено")
    public Response forbid(@PathParam("organisation") long organisation, @PathParam("correspondent") long correspondent) {
        allowed.forbid(organisation, correspondent);
        return Response.noContent().build();
    }
}
