package org.letterflow.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.letterflow.platform.UploadLimit;
import org.letterflow.platform.IdempotentRequests;
import org.letterflow.platform.IdempotentRequests.Answer;
import org.letterflow.platform.IdempotentRequests.Claim;
import org.letterflow.platform.Text;

/**
 * {@code Idempotency-Key} on the POSTs marked {@link Idempotent}: the request runs in one transaction
 * with the claim of its key and the keeping of its answer, so a client that lost a 201 to a crash
 * or a timeout can send the request again and get that 201 (status, Location, body) instead of a
 * second letter. A key reused for another request is refused with 422. Only successful answers are
 * kept: an error rolls the claim back with the work, and a retry is tried afresh.
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());
    /** Room for the multipart headers around a file of the largest size allowed. */
    private static final int ENVELOPE = 64 * 1024;

    private record Claimed(String user, String key, UserTransaction transaction) {
    }

    @Inject
    IdempotentRequests requests;

    @Inject
    UploadLimit uploadLimit;

    @Context
    Providers providers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        if (!key.matches("[\\x21-\\x7E]{1,255}")) {
            request.abortWith(Problem.of(Response.Status.BAD_REQUEST, Text.IDEMPOTENCY_KEY_MALFORMED.format())
                    .toResponse());
            return;
        }
        byte[] body = request.getEntityStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                uploadLimit.maxBytes() + ENVELOPE + 1));
        if (body.length > uploadLimit.maxBytes() + ENVELOPE) {
            request.abortWith(Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    Text.REQUEST_TOO_LARGE.format(uploadLimit.describe())).toResponse());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String user = request.getSecurityContext().getUserPrincipal().getName();
        String fingerprint = fingerprint(request, body);
        UserTransaction transaction = transaction();
        try {
            transaction.begin();
            Claim claim = requests.claim(user, key, fingerprint);
            if (claim.fresh()) {
                request.setProperty(CLAIMED, new Claimed(user, key, transaction));
                return;
            }
            transaction.rollback();
            if (claim.otherRequest(fingerprint)) {
                request.abortWith(Problem.unprocessable(Text.IDEMPOTENCY_KEY_REUSED.format()).toResponse());
            } else if (claim.answer() == null) {
                request.abortWith(Problem.of(Response.Status.CONFLICT, Text.IDEMPOTENCY_KEY_RUNNING.format())
                        .toResponse());
            } else {
                request.abortWith(replay(claim.answer()));
            }
        } catch (Exception e) {
            rollback(transaction);
            throw new IllegalStateException("Idempotency-Key not claimed", e);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIMED);
        UserTransaction transaction = claimed.transaction();
        try {
            if (response.getStatus() >= 300 || transaction.getStatus() != Status.STATUS_ACTIVE) {
                transaction.rollback();
                return;
            }
            byte[] body = body(response);
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            MediaType type = response.getMediaType();
            requests.answer(claimed.user(), claimed.key(), new Answer(response.getStatus(),
                    location == null ? "" : location, type == null ? "" : type.toString(), body));
            transaction.commit();
            if (response.hasEntity()) {
                response.setEntity(body, response.getEntityAnnotations(), type);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "A request with an Idempotency-Key was not committed", e);
            rollback(transaction);
            response.getHeaders().remove(HttpHeaders.LOCATION);
            response.setStatus(Response.Status.CONFLICT.getStatusCode());
            response.setEntity(Problem.of(Response.Status.CONFLICT, Text.IDEMPOTENT_REQUEST_NOT_SAVED.format()),
                    null, Problem.MEDIA_TYPE);
        }
    }

    /** The answer exactly as the first request got it, marked as a repeat. */
    private static Response replay(Answer answer) {
        Response.ResponseBuilder builder = Response.status(answer.status()).header("Idempotent-Replayed", "true");
        if (!answer.location().isEmpty()) {
            builder.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.body().length > 0) {
            builder.entity(answer.body()).type(answer.contentType());
        }
        return builder.build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] body(ContainerResponseContext response) throws IOException {
        if (!response.hasEntity()) {
            return new byte[0];
        }
        MessageBodyWriter writer = providers.getMessageBodyWriter(response.getEntityClass(), response.getEntityType(),
                response.getEntityAnnotations(), response.getMediaType());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(response.getEntity(), response.getEntityClass(), response.getEntityType(),
                response.getEntityAnnotations(), response.getMediaType(), new MultivaluedHashMap<>(), out);
        return out.toByteArray();
    }

    /**
     * What makes two requests the same: method, path and body. A multipart body is compared without
     * its boundary, which every client draws anew for each sending of the same form.
     */
    static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getUriInfo().getPath() + "\n").getBytes(StandardCharsets.UTF_8));
            MediaType type = request.getMediaType();
            String boundary = type == null ? null : type.getParameters().get("boundary");
            if (boundary != null && !boundary.isEmpty()) {
                sha.update(new String(body, StandardCharsets.ISO_8859_1).replace(boundary, "")
                        .getBytes(StandardCharsets.ISO_8859_1));
            } else {
                sha.update(body);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserTransaction transaction() {
        try {
            return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rollback(UserTransaction transaction) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Rollback failed", e);
        }
    }
}
