package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code /tasks/calendar-token}: the secret URL of the caller's calendar feed, made anew or revoked. */
@ApplicationScoped
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarTokensResource {

    /** The calendar feed's address. */
    @Schema(description = "Секретный адрес календаря")
    public record CalendarLink(
            @Schema(description = "Адрес iCalendar для календарного приложения") String url) {
    }

    @Inject
    CalendarFeeds calendarFeeds;

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
