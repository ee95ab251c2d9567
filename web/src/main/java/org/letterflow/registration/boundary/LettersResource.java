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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.letterflow.platform.UploadLimit;
import org.letterflow.platform.rest.Idempotent;
import org.letterflow.platform.rest.LocalDateParam;
import org.letterflow.document.Download;
import org.letterflow.document.Upload;
import org.letterflow.platform.rest.Versions;
import org.letterflow.registration.entity.Attachment;
import org.letterflow.registration.entity.AuditEvent;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.Letter;
import org.letterflow.registration.entity.LetterState;
import org.letterflow.registration.control.LetterQuery;
import org.letterflow.registration.control.LetterRow;
import org.letterflow.platform.ResultPage;

@ApplicationScoped
@Path("letters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LettersResource {

    @Inject
    Letters letters;

    @Inject
    UploadLimit uploadLimit;

    /** Registers an incoming letter, or drafts (or registers) an outgoing one: 201 with its number. */
    @Idempotent
    @POST
    public Response create(@Valid @NotNull LetterForm form, @Context UriInfo uri) {
        Letter letter = letters.create(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(letter.getId())).build())
                .tag(Versions.tag(letter.getVersion())).entity(view(letter)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Letter letter = letters.open(id);
        return Response.ok(view(letter)).tag(Versions.tag(letter.getVersion())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull LetterForm form) {
        Letter letter = letters.update(id, form, Versions.expected(ifMatch));
        return Response.ok(view(letter)).tag(Versions.tag(letter.getVersion())).build();
    }

    /** Words (Russian morphology) or an exact number, with filters; newest first, or best match first. */
    @GET
    public ResultPage<LetterRow> search(@QueryParam("q") String text, @QueryParam("number") String number,
                                        @QueryParam("direction") Direction direction,
                                        @QueryParam("journal") Long journal,
                                        @QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                                        @QueryParam("correspondent") String correspondent,
                                        @QueryParam("state") LetterState state,
                                        @QueryParam("offset") @DefaultValue("0") int offset,
                                        @QueryParam("limit") @DefaultValue("25") int limit) {
        return letters.search(new LetterQuery(text, number, direction, journal, LocalDateParam.value(from),
                LocalDateParam.value(to), correspondent, state), offset, limit);
    }

    /** An outgoing draft enters its journal and gets its number. */
    @POST
    @Path("{id}/registration")
    public LetterView register(@PathParam("id") long id, @QueryParam("journal") Long journal) {
        return view(letters.register(id, journal, null));
    }

    @POST
    @Path("{id}/sending")
    public LetterView send(@PathParam("id") long id) {
        return view(letters.send(id));
    }

    @Idempotent
    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") long id, @FormParam("file") EntityPart file, @QueryParam("letterFile") boolean letterFile,
                           @Context UriInfo uri) throws IOException {
        Upload upload = Upload.of(file, uploadLimit);
        // ?letterFile=true: the letter's own file, whose dates were its own proposals, not read again among the attachments
        Attachment attachment = letters.attach(id, upload.fileName(), upload.bytes(), letterFile);
        return Response.created(uri.getAbsolutePathBuilder().path(attachment.getId() + "/content").build())
                .entity(LetterView.AttachmentView.of(attachment)).build();
    }

    @GET
    @Path("{id}/attachments/{attachment}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @PathParam("attachment") long attachment,
                            @QueryParam("stamped") boolean stamped, @QueryParam("inline") boolean inline) {
        AttachmentContent content = letters.content(id, attachment, stamped);
        return Download.response(content.bytes(), content.mediaType(), content.fileName(), inline);
    }

    @GET
    @Path("{id}/card.pdf")
    @Produces("application/pdf")
    public Response card(@PathParam("id") long id) {
        return Download.response(letters.card(id), "application/pdf", "карточка-" + id + ".pdf", true);
    }

    /** One entry of a letter's audit trail. */
    public record HistoryEntry(java.time.Instant at, String actor, String action, String details) {
        static HistoryEntry of(AuditEvent e) {
            return new HistoryEntry(e.getAt(), e.getActor(), e.getAction(), e.getDetails());
        }
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return letters.history(id).stream().map(HistoryEntry::of).toList();
    }

    private LetterView view(Letter letter) {
        return LetterView.of(letter, letters);
    }
}
