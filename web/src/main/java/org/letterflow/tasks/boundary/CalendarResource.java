package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    public Response feed(@PathParam("token") String token) {
        try {
            return Response.ok(calendarFeeds.calendar(token), "text/calendar; charset=UTF-8").build();
        } catch (BusinessException e) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity(e.getMessage()).build();
        }
    }
}
