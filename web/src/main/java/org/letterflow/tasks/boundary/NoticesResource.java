package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's unread notices (reminders of due dates), and the administrators' "send reminders now". */
@ApplicationScoped
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticesResource {

    /** How many reminders went out. */
    @Schema(description = "Итог рассылки напоминаний")
    public record Sent(
            @Schema(description = "Сколько напоминаний отправлено") int reminders) {
    }

    @Inject
    Notices notices;

    @Inject
    Reminders reminders;

    @GET
    @Operation(summary = "Непрочитанные напоминания вызывающего")
    @APIResponse(responseCode = "200", description = "Непрочитанные напоминания вызывающего",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Notices.Notice.class)))
    public List<Notices.Notice> unread() {
        return notices.notices();
    }

    @POST
    @Path("read")
    @Operation(summary = "Отметить напоминания прочитанными")
    @APIResponse(responseCode = "204", description = "Отмечено")
    public Response read() {
        notices.markNoticesRead();
        return Response.noContent().build();
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Разослать напоминания сейчас (администратор)")
    @APIResponse(responseCode = "200", description = "Разослать напоминания сейчас (администратор)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Sent.class)))
    public Sent remindNow() {
        return new Sent(reminders.runNow());
    }
}
