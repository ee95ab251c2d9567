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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.rest.Versions;

@ApplicationScoped
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Users users;

    @GET
    public List<UserView> list() {
        return users.managed().stream().map(UserView::of).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        User user = users.find(id);
        return Response.ok(UserView.of(user)).tag(Versions.tag(user.getVersion())).build();
    }

    @POST
    public Response create(@Valid @NotNull UserForm form, @Context UriInfo uri) {
        User created = users.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(UserView.of(created)).tag(Versions.tag(created.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull UserForm form) {
        User updated = users.update(id, form, Versions.expected(ifMatch));
        return Response.ok(UserView.of(updated)).tag(Versions.tag(updated.getVersion())).build();
    }
}
