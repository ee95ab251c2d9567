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
import org.letterflow.platform.rest.Idempotent;
import org.letterflow.platform.rest.Problem;

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
    @Operation(summary = "Резолюция руководителя: поручение каждому исполнителю")
    @APIResponse(responseCode = "201", description = "Поручения созданы",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TaskView.class)))
    @APIResponse(responseCode = "400", description = "Резолюция неверна",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Письмо не зарегистрировано",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Запрос с этим Idempotency-Key ещё выполняется или не удался",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Ключ Idempotency-Key уже использован для другого запроса",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resolve(@PathParam("id") long id, ResolutionForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(resolutions.resolve(id, form).stream().map(TaskView::of).toList()).build();
    }

    @GET
    @Path("{id}/resolutions")
    @Operation(summary = "Поручения по письму")
    @APIResponse(responseCode = "200", description = "Поручения по письму",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TaskView.class)))
    public List<TaskView> resolutions(@PathParam("id") long id) {
        return resolutions.ofLetter(id).stream().map(TaskView::of).toList();
    }
}
