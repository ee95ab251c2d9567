package org.letterflow.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the caller is: name, position, roles and organisation. */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Users users;

    @GET
    @Operation(summary = "Вызывающий пользователь и его организация")
    public UserView me() {
        return UserView.of(users.me());
    }
}
