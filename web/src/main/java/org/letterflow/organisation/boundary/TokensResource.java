package org.letterflow.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.organisation.entity.ApiToken;
import org.letterflow.platform.rest.Problem;

/**
 * The caller's personal API tokens, for scripts: {@code Authorization: Bearer <token>} instead of
 * a password. The secret is in the answer to its creation only; the server keeps its hash.
 */
@ApplicationScoped
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

    /** What the token is for, as its owner will recognise it in the list. */
    @Schema(description = "Новый личный токен")
    public record TokenForm(
            @Schema(description = "Для чего токен", example = "Выгрузка в 1С") String name) {
        @JsonbCreator
        public TokenForm(String name) {
            this.name = name;
        }
    }

    /** A token as listed: never its secret. */
    @Schema(description = "Личный токен (без секрета)")
    public record TokenView(
            @Schema(description = "Идентификатор токена") long id,
            @Schema(description = "Для чего токен") String name,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда выпущен (UTC)") Instant createdAt,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда использован последний раз (UTC)") Instant lastUsedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt());
        }
    }

    /** A token just created, with its secret: shown this once. */
    @Schema(description = "Выпущенный токен с секретом (показан один раз)")
    public record CreatedToken(
            @Schema(description = "Идентификатор токена") long id,
            @Schema(description = "Для чего токен") String name,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда выпущен (UTC)") Instant createdAt,
            @Schema(description = "Секрет для Authorization: Bearer") String token) {
    }

    @Inject
    ApiTokens tokens;

    @GET
    @Operation(summary = "Личные токены API вызывающего (без секретов)")
    @APIResponse(responseCode = "200", description = "Личные токены API вызывающего (без секретов)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    public List<TokenView> mine() {
        return tokens.mine().stream().map(TokenView::of).toList();
    }

    @POST
    @Operation(summary = "Выпустить личный токен API")
    @APIResponse(responseCode = "201", description = "Токен выпущен; секрет показан только здесь",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedToken.class)))
    @APIResponse(responseCode = "409", description = "Токен с таким названием уже есть",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(TokenForm form, @Context UriInfo uri) {
        ApiTokens.Issued issued = tokens.create(form == null ? null : form.name());
        ApiToken t = issued.token();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(t.getId())).build())
                .header("Cache-Control", "no-store")
                .entity(new CreatedToken(t.getId(), t.getName(), t.getCreatedAt(), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Отозвать токен")
    @APIResponse(responseCode = "204", description = "Токен отозван")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
