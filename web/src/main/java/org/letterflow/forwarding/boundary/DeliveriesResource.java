package org.letterflow.forwarding.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.document.Download;
import org.letterflow.forwarding.control.DeliveryListing;
import org.letterflow.forwarding.control.DeliveryRow;
import org.letterflow.forwarding.entity.DeliveryState;
import org.letterflow.platform.ListSort;
import org.letterflow.platform.ResultPage;
import org.letterflow.platform.rest.Problem;
import org.letterflow.registration.boundary.AttachmentContent;
import org.letterflow.registration.boundary.LetterView;
import org.letterflow.registration.boundary.LetterFiles;

/** The recipient's side of forwarding: its inbox of deliveries and what it does with each. */
@ApplicationScoped
@Path("deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

    /** Where to register a delivery: a journal (default: the first open incoming one), or a copy registered by hand. */
    @Schema(description = "Где зарегистрировать полученное письмо")
    public record RegistrationForm(
            @Schema(description = "Журнал (по умолчанию — первый открытый входящий)") Long journalId,
            @Schema(description = "Уже зарегистрированная вручную копия") Long existingLetter) {
        @JsonbCreator
        public RegistrationForm(Long journalId, Long existingLetter) {
            this.journalId = journalId;
            this.existingLetter = existingLetter;
        }
    }

    /** Why a letter goes back to its sender. */
    @Schema(description = "Возврат письма отправителю")
    public record ReturnForm(
            @Schema(description = "Причина возврата", example = "Направлено не по адресу") String reason) {
        @JsonbCreator
        public ReturnForm(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    Deliveries deliveries;

    @Inject
    LetterFiles files;

    /**
     * Входящие: новые ({@code state=DELIVERED}), or every delivery of the caller's organisation; newest
     * first, or by {@code sort} (sender, date, subject, dueOn; "-" before it for descending).
     */
    @GET
    @Operation(summary = "Входящие рассылки организации вызывающего")
    @APIResponse(responseCode = "200", description = "Входящие рассылки организации вызывающего",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeliveryPage")))
    @APIResponse(responseCode = "400", description = "Сортировка только по столбцам списка",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public ResultPage<DeliveryRow> inbox(@QueryParam("state") DeliveryState state, @QueryParam("sort") String sort,
                                         @QueryParam("offset") @DefaultValue("0") int offset,
                                         @QueryParam("limit") @DefaultValue("25") int limit) {
        return deliveries.inbox(state, DeliveryListing.ALL, DeliveryListing.COLUMNS.checked(ListSort.parse(sort)), offset,
                limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Рассылка: письмо, приложения, состояние")
    @APIResponse(responseCode = "200", description = "Рассылка: письмо, приложения, состояние",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView get(@PathParam("id") long id) {
        return DeliveryView.of(deliveries.find(id), deliveries.sentLetter(id));
    }

    @GET
    @Path("{id}/attachments/{attachment}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Содержимое приложения рассылки")
    @APIResponse(responseCode = "200", description = "Файл (Content-Disposition с его именем)",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Файл не изменился: If-None-Match совпал с его ETag")
    public Response content(@PathParam("id") long id, @PathParam("attachment") long attachment,
                            @Context Request request) {
        AttachmentContent content = deliveries.content(id, attachment);
        return Download.response(request, content.bytes(), content.mediaType(), content.fileName(), false);
    }

    /** Registers the letter in the caller's incoming journal: 201 with the new card. */
    @POST
    @Path("{id}/registration")
    @Operation(summary = "Зарегистрировать полученное письмо во входящем журнале")
    @APIResponse(responseCode = "201", description = "Письмо зарегистрировано; Location — его карточка",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)))
    @APIResponse(responseCode = "409", description = "Рассылка уже зарегистрирована или возвращена",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("id") long id, RegistrationForm form, @Context UriInfo uri) {
        RegistrationForm f = form == null ? new RegistrationForm(null, null) : form;
        long letter = deliveries.register(id, f.journalId(), f.existingLetter());
        return Response.created(uri.getBaseUriBuilder().path("letters").path(String.valueOf(letter)).build())
                .entity(LetterView.of(letter, files)).build();
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(summary = "Отметить рассылку прочитанной")
    @APIResponse(responseCode = "409", description = "Переход невозможен в состоянии рассылки",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Отметить рассылку прочитанной",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView acknowledge(@PathParam("id") long id) {
        deliveries.acknowledge(id);
        return get(id);
    }

    @POST
    @Path("{id}/execution")
    @Operation(summary = "Отметить рассылку исполненной")
    @APIResponse(responseCode = "409", description = "Переход невозможен в состоянии рассылки",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Отметить рассылку исполненной",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView execute(@PathParam("id") long id) {
        deliveries.execute(id);
        return get(id);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Вернуть письмо отправителю с причиной")
    @APIResponse(responseCode = "400", description = "Не указана причина",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Переход невозможен в состоянии рассылки",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Вернуть письмо отправителю с причиной",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView giveBack(@PathParam("id") long id, ReturnForm form) {
        deliveries.giveBack(id, form == null ? null : form.reason());
        return get(id);
    }
}
