package org.letterflow.extraction.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.annotation.JsonbCreator;
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
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.document.Upload;
import org.letterflow.extraction.control.ExtractionJob;
import org.letterflow.extraction.control.ExtractionJson;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.UploadLimit;
import org.letterflow.platform.rest.LocalDateParam;
import org.letterflow.platform.rest.Problem;

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
    ExtractionReviews reviews;

    @Inject
    UploadLimit uploadLimit;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Извлечь реквизиты и сроки из файла письма")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, properties = @SchemaProperty(name = "file",
                    type = SchemaType.STRING, format = "binary", description = "Файл"))))
    @APIResponse(responseCode = "200", description = "Извлечённые поля (контракт извлечения) и текст",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExtractionAnswer")))
    @APIResponse(responseCode = "202", description = "С async=true: задание; Location — его адрес",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExtractionJob")))
    @APIResponse(responseCode = "400", description = "Файл не приложен или не читается",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Operation(summary = "Ход извлечения (async)")
    @APIResponse(responseCode = "200", description = "Задание извлечения",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExtractionJob")))
    public JsonObject job(@PathParam("id") String id) {
        return job(extractions.job(id));
    }

    @GET
    @Path("accuracy")
    @Operation(summary = "Доля принятых клерками предложений по каждому полю")
    @APIResponse(responseCode = "200", description = "Точность по полям",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ExtractionAccuracy")))
    public JsonObject accuracy() {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (ExtractionReviews.FieldAccuracy a : reviews.accuracy()) {
            fields.add(Json.createObjectBuilder().add("field", a.field()).add("proposed", a.proposed()).add("kept", a.kept()));
        }
        return Json.createObjectBuilder().add("fields", fields).build();
    }

    /** What the clerk kept of each field extraction proposed for a letter. */
    @Schema(description = "Что клерк оставил из предложенного извлечением")
    public record Review(
            @Schema(description = "Письмо") Long letter,
            @Schema(type = SchemaType.ARRAY, implementation = ExtractionReviews.FieldReview.class, description = "Поля: предложено и оставлено") List<ExtractionReviews.FieldReview> fields) {
        @JsonbCreator
        public Review(Long letter, List<ExtractionReviews.FieldReview> fields) {
            this.letter = letter;
            this.fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    @POST
    @Path("reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Что клерк оставил из предложенного извлечением")
    @APIResponse(responseCode = "204", description = "Принято")
    @APIResponse(responseCode = "400", description = "Не указаны письмо или поля",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public void review(Review review) {
        if (review == null || review.letter() == null || review.fields().isEmpty()) {
            throw BusinessException.invalid("fields", Text.API_REVIEW_MISSING);
        }
        reviews.review(review.letter(), review.fields());
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
