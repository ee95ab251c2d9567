package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.rest.Problem;

/** The controller's side of a task: accepting or returning its report, moving a due date later. */
@ApplicationScoped
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExecutionControlResource {

    /** A due date moved later, and why. */
    @Schema(description = "Перенос срока")
    public record Extension(
            @Schema(description = "Срок поручения, который переносится") Long checkpoint,
            @Schema(type = SchemaType.STRING, format = "date", description = "Новая дата", example = "2026-12-22") LocalDate dueOn,
            @Schema(description = "Причина") String reason) {
        @JsonbCreator
        public Extension(Long checkpoint, LocalDate dueOn, String reason) {
            this.checkpoint = checkpoint;
            this.dueOn = dueOn;
            this.reason = reason;
        }
    }

    @Inject
    Tasks tasks;

    @Inject
    ExecutionControl control;

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Принять отчёт (контролёр)")
    @APIResponse(responseCode = "409", description = "Нет отчёта, который можно принять",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Принять отчёт (контролёр)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public TaskView accept(@PathParam("id") long id) {
        control.accept(id);
        return get(id);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Вернуть отчёт на доработку (контролёр)")
    @APIResponse(responseCode = "409", description = "Нет отчёта, который можно вернуть",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Вернуть отчёт на доработку (контролёр)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public TaskView giveBack(@PathParam("id") long id, TasksResource.Note note) {
        control.giveBack(id, note == null ? null : note.text());
        return get(id);
    }

    @POST
    @Path("{id}/extension")
    @Operation(summary = "Перенести срок (контролёр)")
    @APIResponse(responseCode = "400", description = "Срок, дата или причина неверны",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Перенести срок (контролёр)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public TaskView extend(@PathParam("id") long id, Extension extension) {
        if (extension == null || extension.checkpoint() == null) {
            throw BusinessException.invalid("checkpoint", Text.API_EXTENSION_MISSING);
        }
        control.extend(id, extension.checkpoint(), extension.dueOn(), extension.reason());
        return get(id);
    }

    private TaskView get(long id) {
        return TaskView.of(tasks.find(id));
    }
}
