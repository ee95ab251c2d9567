package org.letterflow.document;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * A file answered to a program (a JAX-RS response) or to a person's page (the servlet response):
 * the same headers for both, as {@link FileAnswer} decides for every download.
 */
public final class Download {

    private Download() {
    }

    /** A file made for this answer (a card, a printed journal) through the API. */
    public static Response response(byte[] bytes, String mediaType, String name, boolean inline) {
        return ok(bytes, FileAnswer.of(mediaType, name, inline)).build();
    }

    /**
     * A stored file through the API, its ETag the digest of the bytes answered: a client that
     * already has them (If-None-Match) gets 304 without them, as JAX-RS decides the precondition.
     */
    public static Response response(Request request, byte[] bytes, String mediaType, String name, boolean inline) {
        EntityTag tag = new EntityTag(FileStore.sha256(bytes));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : ok(bytes, FileAnswer.of(mediaType, name, inline))).tag(tag).build();
    }

    private static Response.ResponseBuilder ok(byte[] bytes, FileAnswer answer) {
        return Response.ok(bytes, answer.contentType())
                .header("Content-Disposition", answer.contentDisposition())
                .header("Content-Security-Policy", answer.contentSecurityPolicy())
                .header("X-Content-Type-Options", FileAnswer.NOSNIFF);
    }

    /** A file for the signed-in person's browser. */
    public static void write(HttpServletResponse response, byte[] bytes, String type, String name, boolean inline)
            throws IOException {
        headers(response, FileAnswer.of(type, name, inline));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The headers of a file the caller writes itself (a streamed export). */
    public static void headers(HttpServletResponse response, FileAnswer answer) {
        response.setContentType(answer.contentType());
        response.setHeader("Content-Disposition", answer.contentDisposition());
        response.setHeader("Content-Security-Policy", answer.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", FileAnswer.NOSNIFF);
    }
}
