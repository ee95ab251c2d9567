package org.letterflow.registration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.Text;
import org.letterflow.platform.UploadLimit;
import org.letterflow.platform.rest.Idempotent;
import org.letterflow.platform.rest.LocalDateParam;
import org.letterflow.platform.rest.Problem;
import org.letterflow.platform.rest.Versions;
import org.letterflow.registration.control.LetterQuery;
import org.letterflow.registration.control.LetterRow;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.AuditEvent;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;

@ApplicationScoped
@Path("letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LettersResource {

    @Inject
    Letters letters;

    @Inject
    LetterFiles files;

    @Inject
    LetterSearches searches;

    @Inject
    UploadLimit uploadLimit;

    /** Registers an incoming letter, or drafts (or registers) an outgoing one: 201 with its number. */
    @Idempotent
    @POST
    @Operation(summary = "Зарегистрировать входящее или создать (зарегистрировать) исходящее письмо")
    @APIResponse(responseCode = "201", description = "Письмо создано; Location — его адрес",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)), headers = @Header(name = "ETag", description = "Версия записи для If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Поля письма неверны (errors называет поля)",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Похожее письмо уже есть (existing — его адрес); повторите с allowDuplicate",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Ключ Idempotency-Key уже использован для другого запроса",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull LetterForm form, @Context UriInfo uri) {
        // the card as the creation built it, not read again after the commit (Letters.create says why)
        LetterFile card = letters.create(form);
        Letter letter = card.letter();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(letter.getId())).build())
                .tag(Versions.tag(letter.getVersion())).entity(LetterView.of(card)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Карточка письма")
    @APIResponse(responseCode = "200", description = "Карточка письма",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)), headers = @Header(name = "ETag", description = "Версия записи для If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") long id) {
        Letter letter = letters.open(id);
        return Response.ok(view(letter)).tag(Versions.tag(letter.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Изменить реквизиты письма (If-Match: ETag)")
    @APIResponse(responseCode = "200", description = "Письмо изменено",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)), headers = @Header(name = "ETag", description = "Версия записи для If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Нет заголовка If-Match или данные неверны",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Запись изменена другим пользователем (ETag устарел)",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull LetterForm form) {
        Letter letter = letters.update(id, form, Versions.expected(ifMatch));
        return Response.ok(view(letter)).tag(Versions.tag(letter.getVersion())).build();
    }

    /** Words (Russian morphology) or an exact number, with filters; newest first, or best match first. */
    @GET
    @Operation(summary = "Поиск писем: слова (морфология), номер, фильтры")
    @APIResponse(responseCode = "200", description = "Поиск писем: слова (морфология), номер, фильтры",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "LetterPage")))
    public ResultPage<LetterRow> search(@QueryParam("q") String text, @QueryParam("number") String number,
                                        @QueryParam("direction") Direction direction,
                                        @QueryParam("journal") Long journal,
                                        @QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                                        @QueryParam("correspondent") String correspondent,
                                        @QueryParam("state") LetterState state,
                                        @QueryParam("offset") @DefaultValue("0") int offset,
                                        @QueryParam("limit") @DefaultValue("25") int limit) {
        return searches.search(new LetterQuery(text, number, direction, journal, LocalDateParam.value(from),
                LocalDateParam.value(to), correspondent, state), offset, limit);
    }

    /** An outgoing draft enters its journal and gets its number. */
    @POST
    @Path("{id}/registration")
    @Operation(summary = "Зарегистрировать исходящий проект письма в журнале")
    @APIResponse(responseCode = "409", description = "Письмо уже зарегистрировано или не проект",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Зарегистрировать исходящий проект письма в журнале",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)))
    public LetterView register(@PathParam("id") long id, @QueryParam("journal") Long journal) {
        return view(letters.register(id, journal, null));
    }

    @POST
    @Path("{id}/sending")
    @Operation(summary = "Отметить исходящее письмо отправленным")
    @APIResponse(responseCode = "409", description = "Письмо нельзя отправить в его состоянии",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Отметить исходящее письмо отправленным",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)))
    public LetterView send(@PathParam("id") long id) {
        return view(letters.send(id));
    }

    @Idempotent
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Приложить файл к письму (multipart, часть file)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, properties = @SchemaProperty(name = "file",
                    type = SchemaType.STRING, format = "binary", description = "Файл"))))
    @APIResponse(responseCode = "201", description = "Файл приложен",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Запрос с этим Idempotency-Key ещё выполняется или не удался",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Ключ Idempotency-Key уже использован для другого запроса",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attach(@PathParam("id") long id, @FormParam("file") EntityPart file, @QueryParam("letterFile") boolean letterFile,
                           @Context UriInfo uri) throws IOException {
        Upload upload = Upload.of(file, uploadLimit);
        // ?letterFile=true: the letter's own file, whose dates were its own proposals, not read again among the attachments
        Attachment attachment = files.attach(id, upload.fileName(), upload.bytes(), letterFile);
        return Response.created(uri.getAbsolutePathBuilder().path(attachment.getId() + "/content").build())
                .entity(LetterView.AttachmentView.of(attachment)).build();
    }

    @GET
    @Path("{id}/attachments/{attachment}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Содержимое приложения")
    @APIResponse(responseCode = "200", description = "Файл (Content-Disposition с его именем)",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Файл не изменился: If-None-Match совпал с его ETag")
    public Response content(@PathParam("id") long id, @PathParam("attachment") long attachment,
                            @QueryParam("stamped") boolean stamped, @QueryParam("inline") boolean inline,
                            @Context Request request) {
        AttachmentContent content = files.content(id, attachment, stamped);
        return Download.response(request, content.bytes(), content.mediaType(), content.fileName(), inline);
    }

    @GET
    @Path("{id}/card.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Карточка письма в PDF")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response card(@PathParam("id") long id) {
        return Download.response(files.card(id), "application/pdf", Text.CARD_FILE_NAME.format(id), true);
    }

    /** One entry of a letter's audit trail. */
    @Schema(description = "Запись истории письма")
    public record HistoryEntry(
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда (UTC)") java.time.Instant at,
            @Schema(description = "Кто") String actor,
            @Schema(description = "Действие") String action,
            @Schema(description = "Подробности") String details) {
        static HistoryEntry of(AuditEvent e) {
            return new HistoryEntry(e.getAt(), e.getActor(), e.getAction(), e.getDetails());
        }
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "История действий с письмом")
    @APIResponse(responseCode = "200", description = "История действий с письмом",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntry.class)))
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return letters.history(id).stream().map(HistoryEntry::of).toList();
    }

    private LetterView view(Letter letter) {
        return LetterView.of(letter.getId(), files);
    }
}
