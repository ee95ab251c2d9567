package org.letterflow.registration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Names to offer as a clerk types a correspondent: the directory, then the organisation tree. */
@ApplicationScoped
@Path("correspondents")
@Produces(MediaType.APPLICATION_JSON)
public class CorrespondentsResource {

    @Inject
    Correspondents correspondents;

    @GET
    @Operation(summary = "Подсказка корреспондентов по началу названия")
    @APIResponse(responseCode = "200", description = "Подсказка корреспондентов по началу названия",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Correspondents.Suggestion.class)))
    public List<Correspondents.Suggestion> suggest(@QueryParam("q") String typed) {
        return correspondents.suggest(typed);
    }
}
