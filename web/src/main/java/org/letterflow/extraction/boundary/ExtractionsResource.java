package org.letterflow.extraction.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.json.bind.annotation.JsonbCreator;
import java.io.IOException;
import java.util.List;
import org.letterflow.platform.UploadLimit;
import org.letterflow.extraction.control.ExtractionJob;
import org.letterflow.extraction.control.ExtractionJson;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.rest.LocalDateParam;
import org.letterflow.document.Upload;

/**
 * Extraction over HTTP: {@code POST /extractions} with a file answers the extraction contract's
 * JSON (plus the extracted text, for highlighting); with {@code async=true} it answers 202 and a
 * job to poll at {@code GET /extractions/{id}}, which reports pages done until the answer is in.
 */
@ApplicationScoped
@Path("extractions")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractionsResource {

    @Inject
    Extractions extractions;

    @Inject
    UploadLimit uploadLimit;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response extract(@FormParam("file") EntityPart file, @QueryParam("received") LocalDateParam received,
                            @QueryParam("async") boolean async, @Context UriInfo uri) throws IOException {
        Upload upload = Upload.of(file, uploadLimit);
        if (async) {
            ExtractionJob job = extractions.start(upload.bytes(), upload.fileName(), LocalDateParam.value(received));
            return Response.accepted(job(job)).location(uri.getAbsolutePathBuilder().path(job.id()).build()).build();
        }
        return Response.ok(ExtractionJson.of(extractions.extract(upload.bytes(), upload.fileName(),
                LocalDateParam.value(received)), true, true).build()).build();
    }

    @GET
    @Path("{id}")
    public JsonObject job(@PathParam("id") String id) {
        return job(extractions.job(id));
    }

    @GET
    @Path("accuracy")
    public JsonObject accuracy() {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (Extractions.FieldAccuracy a : extractions.accuracy()) {
            fields.add(Json.createObjectBuilder().add("field", a.field()).add("proposed", a.proposed()).add("kept", a.kept()));
        }
        return Json.createObjectBuilder().add("fields", fields).build();
    }

    /** What the clerk kept of each field extraction proposed for a letter. */
    public record Review(Long letter, List<Extractions.FieldReview> fields) {
        @JsonbCreator
        public Review(Long letter, List<Extractions.FieldReview> fields) {
            this.letter = letter;
            this.fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public void review(Review review) {
        if (review == null || review.letter() == null || review.fields().isEmpty()) {
            throw BusinessException.invalid("fields",
                    "Передайте письмо и поля: {\"letter\": ID, \"fields\": [{\"field\": \"subject\", \"proposed\": …, \"kept\": …}]}");
        }
        extractions.review(review.letter(), review.fields());
    }

    private static JsonObject job(ExtractionJob job) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", job.id()).add("file", job.fileName())
                .add("state", job.state().name()).add("pages_done", job.pagesDone());
        if (job.pages() != null) {
            o.add("pages", job.pages());
        }
        if (job.result() != null) {
            o.add("result", ExtractionJson.of(job.result(), true, true));
        }
        return o.build();
    }
}
