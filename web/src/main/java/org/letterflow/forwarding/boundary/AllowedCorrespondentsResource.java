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
    public List<OrganisationView> of(@PathParam("organisation") long organisation) {
        return allowed.of(organisation).stream().map(OrganisationView::of).toList();
    }

    @PUT
    @Path("{organisation}/{correspondent}")
    public Response allow(@PathParam("organisation") long organisation, @PathParam("correspondent") long correspondent) {
        allowed.allow(organisation, correspondent);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{organisation}/{correspondent}")
    public Response forbid(@PathParam("organisation") long organisation, @PathParam("correspondent") long correspondent) {
        allowed.forbid(organisation, correspondent);
        return Response.noContent().build();
    }
}
