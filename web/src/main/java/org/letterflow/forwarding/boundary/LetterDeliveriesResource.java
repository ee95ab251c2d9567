package org.letterflow.forwarding.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.document.FileAnswer;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.Text;
import org.letterflow.platform.rest.Idempotent;
import org.letterflow.platform.rest.Problem;
import org.letterflow.platform.rest.Versions;
import org.letterflow.registration.boundary.LetterView;
import org.letterflow.registration.boundary.LetterFiles;

/**
 * {@code /letters/{id}/deliveries}, {@code …/reissue}, {@code …/chain}: a letter sent down the tree
 * and what became of it, served by the forwarding component.
 */
@ApplicationScoped
@Path("letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterDeliveriesResource {

    @Inject
    Sendings sendings;

    @Inject
    Reissues reissues;

    @Inject
    Chains chains;

    @Inject
    LetterFiles files;

    @Inject
    Users users;

    /**
     * Sends a registered outgoing letter down the tree: 202 with the sending job, which delivers in
     * the background (poll {@code GET /jobs/{id}}).
     */
    @Idempotent
    @POST
    @Path("{id}/deliveries")
    @Operation(summary = "Разослать зарегистрированное исходящее письмо вниз по дереву")
    @APIResponse(responseCode = "202", description = "Рассылка принята; Location — задание (GET /jobs/{id})",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "Получатели не указаны или недопустимы",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Письмо нельзя разослать в его состоянии",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Ключ Idempotency-Key уже использован для другого запроса",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response send(@PathParam("id") long id, Recipients recipients, @Context UriInfo uri) {
        JobView job = JobView.of(sendings.send(id, recipients));
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("jobs").path(String.valueOf(job.id())).build())
                .build();
    }

    /** Drafts the cover letter forwarding an incoming letter to the organisation's subordinates: 201. */
    @POST
    @Path("{id}/reissue")
    @Operation(summary = "Проект сопроводительного письма для пересылки подведомственным")
    @APIResponse(responseCode = "201", description = "Проект создан; Location — его карточка",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LetterView.class)), headers = @Header(name = "ETag", description = "Версия записи для If-Match", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Письмо нельзя переслать",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reissue(@PathParam("id") long id, @Context UriInfo uri) {
        LetterView cover = LetterView.of(reissues.reissue(id), files);
        return Response.created(uri.getBaseUriBuilder().path("letters").path(String.valueOf(cover.id())).build())
                .tag(Versions.tag(cover.version())).entity(cover).build();
    }

    /** The letter's chain below the caller with its roll-ups; {@code node}: that node's children. */
    @GET
    @Path("{id}/chain")
    @Operation(summary = "Цепочка рассылки письма ниже вызывающего со сводками")
    @APIResponse(responseCode = "200", description = "Цепочка рассылки письма ниже вызывающего со сводками",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChainView.class)))
    public ChainView chain(@PathParam("id") long id, @QueryParam("node") Long node,
                           @QueryParam("offset") @DefaultValue("0") int offset,
                           @QueryParam("limit") @DefaultValue("100") int limit) {
        return chains.chain(id, node, offset, limit);
    }

    @GET
    @Path("{id}/chain.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "Цепочка рассылки в CSV")
    @APIResponse(responseCode = "200", description = "CSV (UTF-8, ;)",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response chainCsv(@PathParam("id") long id) {
        FileAnswer answer = FileAnswer.of("text/csv; charset=UTF-8", Text.CHAIN_FILE_NAME.format(id), false);
        return Response.ok(ChainExport.csv(chains.chainRows(id), users.zone(),
                        Locale.forLanguageTag("ru")))
                .header("Content-Disposition", answer.contentDisposition())
                .header("Content-Security-Policy", answer.contentSecurityPolicy())
                .header("X-Content-Type-Options", FileAnswer.NOSNIFF).build();
    }
}
