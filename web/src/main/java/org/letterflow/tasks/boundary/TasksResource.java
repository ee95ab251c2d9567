package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.document.Download;
import org.letterflow.document.Upload;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.Text;
import org.letterflow.platform.UploadLimit;
import org.letterflow.platform.rest.LocalDateParam;
import org.letterflow.platform.rest.Problem;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.tasks.control.TaskListing;
import org.letterflow.tasks.control.TaskRow;
import org.letterflow.tasks.entity.CheckpointState;

/** The assignee's and the controller's side of tasks, and the calendar feed's secret URL. */
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

    /** The calendar feed's address. */
    @Schema(description = "Секретный адрес календаря")
    public record CalendarLink(
            @Schema(description = "Адрес iCalendar для календарного приложения") String url) {
    }

    @Inject
    Tasks tasks;

    @Inject
    Resolutions resolutions;

    @Inject
    ExecutionControl control;

    @Inject
    CalendarFeeds calendarFeeds;


    @Inject
    UploadLimit uploadLimit;

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

    /** A file for the report of one due date (multipart, part "file"): 201. */
    @POST
    @Path("{id}/checkpoints/{checkpoint}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Файл к отчёту по сроку (multipart, часть file)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, properties = @SchemaProperty(name = "file",
                    type = SchemaType.STRING, format = "binary", description = "Файл"))))
    @APIResponse(responseCode = "201", description = "Файл приложен",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tasks.ReportFile.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addFile(@PathParam("id") long id, @PathParam("checkpoint") long checkpoint,
                            @FormParam("file") EntityPart file) throws IOException {
        Upload upload = Upload.of(file, uploadLimit);
        return Response.status(Response.Status.CREATED)
                .entity(tasks.addReportFile(id, checkpoint, upload.fileName(), upload.bytes())).build();
    }

    @GET
    @Path("{id}/files")
    @Operation(summary = "Файлы отчётов поручения")
    @APIResponse(responseCode = "200", description = "Файлы отчётов поручения",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Tasks.ReportFile.class)))
    public List<Tasks.ReportFile> files(@PathParam("id") long id) {
        return tasks.reportFiles(id);
    }

    @GET
    @Path("{id}/files/{file}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Содержимое файла отчёта")
    @APIResponse(responseCode = "200", description = "Файл (Content-Disposition с его именем)",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Файл не изменился: If-None-Match совпал с его ETag")
    public Response file(@PathParam("id") long id, @PathParam("file") long file, @Context Request request) {
        AttachmentContent content = tasks.reportFile(id, file);
        return Download.response(request, content.bytes(), content.mediaType(), content.fileName(), false);
    }

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
    public TaskView giveBack(@PathParam("id") long id, Note note) {
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

    /** A new secret calendar URL for the caller (the previous one stops working). */
    @POST
    @Path("calendar-token")
    @Operation(summary = "Новый секретный адрес календаря (прежний перестаёт работать)")
    @APIResponse(responseCode = "200", description = "Новый секретный адрес календаря (прежний перестаёт работать)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarLink.class)))
    public CalendarLink newCalendar(@Context UriInfo uri) {
        String token = calendarFeeds.newCalendarToken();
        return new CalendarLink(uri.getBaseUriBuilder().path("calendar").path(token + ".ics").build().toString());
    }

    @DELETE
    @Path("calendar-token")
    @Operation(summary = "Отключить календарь")
    @APIResponse(responseCode = "204", description = "Адрес календаря отозван")
    public Response revokeCalendar() {
        calendarFeeds.revokeCalendar();
        return Response.noContent().build();
    }
}
