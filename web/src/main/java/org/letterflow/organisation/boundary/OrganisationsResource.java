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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.letterflow.organisation.entity.Organisation;
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
    public List<OrganisationView> list(@QueryParam("parent") Long parent) {
        List<Organisation> found = parent == null ? organisations.visible() : organisations.children(parent);
        return found.stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Organisation organisation = organisations.find(id);
        return Response.ok(OrganisationView.of(organisation)).tag(Versions.tag(organisation.getVersion())).build();
    }

    @POST
    public Response create(@Valid @NotNull OrganisationForm form, @Context UriInfo uri) {
        Organisation created = organisations.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(OrganisationView.of(created)).tag(Versions.tag(created.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull OrganisationForm form) {
        Organisation updated = organisations.update(id, form, Versions.expected(ifMatch));
        return Response.ok(OrganisationView.of(updated)).tag(Versions.tag(updated.getVersion())).build();
    }
}
