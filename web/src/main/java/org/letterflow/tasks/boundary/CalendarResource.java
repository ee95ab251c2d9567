package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.platform.BusinessException;

/**
 * The iCalendar feed: no sign-in (calendar applications cannot), the secret token is the key.
 * Answers are plain text or the calendar itself: a calendar application shows neither JSON nor
 * an HTML error page.
 */
@ApplicationScoped
@Path("calendar")
public class CalendarResource {

    @Inject
    CalendarFeeds calendarFeeds;

    @GET
    @Path("{token}.ics")
    @Operation(summary = "Календарь сроков (iCalendar) по секретному адресу, без входа")
    @APIResponse(responseCode = "200", description = "Календарь",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Адрес календаря неизвестен или отозван",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@PathParam("token") String token) {
        try {
            return Response.ok(calendarFeeds.calendar(token), "text/calendar; charset=UTF-8").build();
        } catch (BusinessException e) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(e.getMessage()).build();
        }
    }
}
