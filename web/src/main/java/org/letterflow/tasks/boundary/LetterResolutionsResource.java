package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.letterflow.platform.rest.Idempotent;

/** {@code /letters/{id}/resolutions}: an executive's resolutions on a letter, served by the tasks component. */
@ApplicationScoped
@Path("letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterResolutionsResource {

    @Inject
    Resolutions resolutions;

    /** An executive's resolution: one task per assignee, a checkpoint per due date; 201 with the tasks. */
    @Idempotent
    @POST
    @Path("{id}/resolutions")
    public Response resolve(@PathParam("id") long id, ResolutionForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(resolutions.resolve(id, form).stream().map(TaskView::of).toList()).build();
    }

    @GET
    @Path("{id}/resolutions")
    public List<TaskView> resolutions(@PathParam("id") long id) {
        return resolutions.ofLetter(id).stream().map(TaskView::of).toList();
    }
}
