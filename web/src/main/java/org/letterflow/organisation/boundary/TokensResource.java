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
import org.letterflow.organisation.entity.ApiToken;

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
    public record TokenForm(String name) {
        @JsonbCreator
        public TokenForm(String name) {
            this.name = name;
        }
    }

    /** A token as listed: never its secret. */
    public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt());
        }
    }

    /** A token just created, with its secret: shown this once. */
    public record CreatedToken(long id, String name, Instant createdAt, String token) {
    }

    @Inject
    ApiTokens tokens;

    @GET
    public List<TokenView> mine() {
        return tokens.mine().stream().map(TokenView::of).toList();
    }

    @POST
    public Response create(TokenForm form, @Context UriInfo uri) {
        ApiTokens.Issued issued = tokens.create(form == null ? null : form.name());
        ApiToken t = issued.token();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(t.getId())).build())
                .header("Cache-Control", "no-store")
                .entity(new CreatedToken(t.getId(), t.getName(), t.getCreatedAt(), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
