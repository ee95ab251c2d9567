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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.platform.rest.Problem;

/** {@code /tasks/{id}/subtasks}: a task divided further down, and how its sub-tasks stand. */
@ApplicationScoped
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubtasksResource {

    @Inject
    Resolutions resolutions;

    /** Divides the task further down: 201 with the sub-tasks (the caller controls them). */
    @POST
    @Path("{id}/subtasks")
    @Operation(summary = "Разделить поручение на подпоручения")
    @APIResponse(responseCode = "201", description = "Подпоручения созданы",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "Резолюция неверна",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Поручение нельзя делить в его состоянии",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response divide(@PathParam("id") long id, ResolutionForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(resolutions.divide(id, form).stream().map(TaskView::of).toList()).build();
    }

    @GET
    @Path("{id}/subtasks")
    @Operation(summary = "Подпоручения")
    @APIResponse(responseCode = "200", description = "Подпоручения",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TaskView.class)))
    public List<TaskView> subtasks(@PathParam("id") long id) {
        return resolutions.subtasks(id).stream().map(TaskView::of).toList();
    }

    /** The roll-up of the sub-tasks: how many, their due dates, done, overdue. */
    @GET
    @Path("{id}/division")
    @Operation(summary = "Сводка по подпоручениям")
    @APIResponse(responseCode = "200", description = "Сводка по подпоручениям",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Resolutions.Division.class)))
    public Resolutions.Division division(@PathParam("id") long id) {
        return resolutions.division(id);
    }
}
