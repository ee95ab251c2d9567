package org.letterflow.registration.boundary;

import java.time.Clock;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.letterflow.approval.boundary.Approvals;
import org.letterflow.approval.boundary.Route;
import org.letterflow.approval.boundary.SheetView;
import org.letterflow.document.FileAnswer;
import org.letterflow.document.UploadLimit;
import org.letterflow.forwarding.boundary.ChainExport;
import org.letterflow.forwarding.boundary.ChainView;
import org.letterflow.forwarding.boundary.Deliveries;
import org.letterflow.forwarding.boundary.JobView;
import org.letterflow.forwarding.boundary.Recipients;
import org.letterflow.tasks.boundary.ResolutionForm;
import org.letterflow.tasks.boundary.TaskView;
import org.letterflow.tasks.boundary.Tasks;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.rest.Idempotent;
import org.letterflow.platform.rest.LocalDateParam;
import org.letterflow.platform.rest.Upload;
import org.letterflow.platform.rest.Versions;
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
    Approvals approvals;

    @Inject
    Deliveries deliveries;

    @Inject
    Tasks tasks;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

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
    public Response attach(@PathParam("id") long id, @FormParam("file") EntityPart file, @Context UriInfo uri)
            throws IOException {
        Upload upload = Upload.of(file, uploadLimit);
        Attachment attachment = letters.attach(id, upload.fileName(), upload.bytes());
        return Response.created(uri.getAbsolutePathBuilder().path(attachment.getId() + "/content").build())
                .entity(LetterView.AttachmentView.of(attachment)).build();
    }

    @GET
    @Path("{id}/attachments/{attachment}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @PathParam("attachment") long attachment,
                            @QueryParam("stamped") boolean stamped, @QueryParam("inline") boolean inline) {
        AttachmentContent content = letters.content(id, attachment, stamped);
        return file(content.bytes(), content.mediaType(), content.fileName(), inline);
    }

    @GET
    @Path("{id}/card.pdf")
    @Produces("application/pdf")
    public Response card(@PathParam("id") long id) {
        return file(letters.card(id), "application/pdf", "карточка-" + id + ".pdf", true);
    }

    /** A draft's approval rounds. The approval component answers; this resource owns /letters/{id}. */
    @GET
    @Path("{id}/approval-sheet")
    public List<SheetView> approvalSheets(@PathParam("id") long id) {
        return approvals.sheets(id).stream().map(s -> SheetView.of(s, zone(), clock.instant())).toList();
    }

    @POST
    @Path("{id}/approval-sheet")
    public Response startApproval(@PathParam("id") long id, Route route) {
        if (route == null) {
            throw BusinessException.invalid("steps", "Передайте маршрут: {\"kind\": \"SEQUENTIAL\", \"steps\": [{\"approver\": login}, …]}");
        }
        return Response.status(Response.Status.CREATED).entity(SheetView.of(approvals.start(id, route), zone(), clock.instant())).build();
    }

    private java.time.ZoneId zone() {
        return caller.get().getOrganisation().getTimeZone();
    }

    @GET
    @Path("{id}/approval-sheet.pdf")
    @Produces("application/pdf")
    public Response approvalSheetPdf(@PathParam("id") long id) {
        return file(approvals.printed(id), "application/pdf", "лист-согласования-" + id + ".pdf", true);
    }

    /**
     * Sends a registered outgoing letter down the tree: 202 with the sending job, which delivers in
     * the background (poll {@code GET /jobs/{id}}).
     */
    @Idempotent
    @POST
    @Path("{id}/deliveries")
    public Response send(@PathParam("id") long id, Recipients recipients, @Context UriInfo uri) {
        JobView job = JobView.of(deliveries.send(id, recipients));
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("jobs").path(String.valueOf(job.id())).build())
                .build();
    }

    /** Drafts the cover letter forwarding an incoming letter to the organisation's subordinates: 201. */
    @POST
    @Path("{id}/reissue")
    public Response reissue(@PathParam("id") long id, @Context UriInfo uri) {
        Letter cover = deliveries.reissue(id);
        return Response.created(uri.getBaseUriBuilder().path("letters").path(String.valueOf(cover.getId())).build())
                .tag(Versions.tag(cover.getVersion())).entity(view(cover)).build();
    }

    /** The letter's chain below the caller with its roll-ups; {@code node}: that node's children. */
    @GET
    @Path("{id}/chain")
    public ChainView chain(@PathParam("id") long id, @QueryParam("node") Long node,
                           @QueryParam("offset") @DefaultValue("0") int offset,
                           @QueryParam("limit") @DefaultValue("100") int limit) {
        return deliveries.chain(id, node, offset, limit);
    }

    @GET
    @Path("{id}/chain.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response chainCsv(@PathParam("id") long id) {
        FileAnswer answer = FileAnswer.of("text/csv; charset=UTF-8", "цепочка-" + id + ".csv", false);
        return Response.ok(ChainExport.csv(deliveries.chainRows(id), zone(), Locale.forLanguageTag("ru")))
                .header("Content-Disposition", answer.contentDisposition())
                .header("Content-Security-Policy", answer.contentSecurityPolicy())
                .header("X-Content-Type-Options", FileAnswer.NOSNIFF).build();
    }

    /** An executive's resolution: one task per assignee, a checkpoint per due date; 201 with the tasks. */
    @Idempotent
    @POST
    @Path("{id}/resolutions")
    public Response resolve(@PathParam("id") long id, ResolutionForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(tasks.resolve(id, form).stream().map(TaskView::of).toList()).build();
    }

    @GET
    @Path("{id}/resolutions")
    public List<TaskView> resolutions(@PathParam("id") long id) {
        return tasks.ofLetter(id).stream().map(TaskView::of).toList();
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
        return LetterView.of(letters.withFilesAndLinks(letter.getId()));
    }

    /** A file through the API, served as {@link FileAnswer} decides for every download. */
    public static Response file(byte[] bytes, String mediaType, String name, boolean inline) {
        FileAnswer answer = FileAnswer.of(mediaType, name, inline);
        return Response.ok(bytes, answer.contentType())
                .header("Content-Disposition", answer.contentDisposition())
                .header("Content-Security-Policy", answer.contentSecurityPolicy())
                .header("X-Content-Type-Options", FileAnswer.NOSNIFF)
                .build();
    }
}
