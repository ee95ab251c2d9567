package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.Text;
import org.letterflow.platform.rest.LocalDateParam;
import org.letterflow.platform.rest.Problem;
import org.letterflow.tasks.control.TaskListing;
import org.letterflow.tasks.control.TaskRow;
import org.letterflow.tasks.entity.CheckpointState;

/**
 * The lists of tasks, one task, and its assignee's report. Beside it under {@code /tasks}: sub-tasks
 * ({@link SubtasksResource}), report files ({@link ReportFilesResource}), the controller's side
 * ({@link ExecutionControlResource}) and the calendar feed's secret URL ({@link CalendarTokensResource}).
 */
@ApplicationScoped
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TasksResource {

    /** A report, or a controller's comment on returning one. */
    @Schema(description = "Отчёт или комментарий")
    public record Note(
            @Schema(description = "Текст", example = "Материалы опубликованы") String text) {
        @JsonbCreator
        public Note(String text) {
            this.text = text;
        }
    }

    @Inject
    Tasks tasks;

    /** A page of the list: as many at most, and without {@code limit} the first thousand, as the list always gave. */
    static final int PAGE_LIMIT = 1000;

    /**
     * {@code assignee=me} (default): the caller's due dates; {@code controller=me}: those of the caller's
     * resolutions. Earliest first, or by {@code sort} (a column, "-" before it for descending); a page
     * from {@code offset}, the whole list's count in {@code X-Total-Count}.
     */
    @GET
    @Operation(summary = "Поручения вызывающего (assignee=me) или по его резолюциям (controller=me)")
    @APIResponse(responseCode = "400", description = "Чужие списки не выдаются; сортировка только по столбцам списка",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Поручения вызывающего (assignee=me) или по его резолюциям (controller=me)",
            headers = @Header(name = "X-Total-Count", description = "Сколько сроков в списке всего",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TaskRow.class)))
    public Response list(@QueryParam("assignee") String assignee, @QueryParam("controller") String controller,
                         @QueryParam("state") CheckpointState state, @QueryParam("dueBefore") LocalDateParam dueBefore,
                         @QueryParam("sort") String sort, @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("1000") int limit) {
        if ((assignee != null && !assignee.equals("me")) || (controller != null && !controller.equals("me"))) {
            throw BusinessException.invalid("assignee", Text.API_TASK_LISTS_OWN_ONLY);
        }
        ResultPage<TaskRow> page = tasks.list(controller != null,
                new TaskListing(null, LocalDateParam.value(dueBefore), state, null, null),
                TaskListing.COLUMNS.checked(ListSort.parse(sort)), offset, Math.min(Math.max(limit, 1), PAGE_LIMIT));
        return Response.ok(page.items()).header("X-Total-Count", page.total()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Поручение")
    @APIResponse(responseCode = "200", description = "Поручение",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public TaskView get(@PathParam("id") long id) {
        return TaskView.of(tasks.find(id));
    }

    @POST
    @Path("{id}/report")
    @Operation(summary = "Отчёт исполнителя")
    @APIResponse(responseCode = "409", description = "Отчёт невозможен в состоянии поручения",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Отчёт исполнителя",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public TaskView report(@PathParam("id") long id, Note note) {
        tasks.report(id, note == null ? null : note.text());
        return get(id);
    }
}
