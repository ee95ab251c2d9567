package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.document.Download;
import org.letterflow.document.Upload;
import org.letterflow.platform.UploadLimit;
import org.letterflow.platform.rest.Problem;
import org.letterflow.registration.boundary.AttachmentContent;

/** {@code /tasks/{id}/…/files}: the files an assignee attaches to a report, and their contents. */
@ApplicationScoped
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportFilesResource {

    @Inject
    Tasks tasks;

    @Inject
    UploadLimit uploadLimit;

    /** A file for the report of one due date (multipart, part "file"): 201. */
    @POST
    @Path("{id}/checkpoints/{checkpoint}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Файл к отчёту по сроку (multipart, часть file)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, properties = @SchemaProperty(name = "file",
                    type = SchemaType.STRING, format = "binary", description = "Файл"))))
    @APIResponse(responseCode = "201", description = "Файл приложен",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Tasks.ReportFile.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addFile(@PathParam("id") long id, @PathParam("checkpoint") long checkpoint,
                            @FormParam("file") EntityPart file) throws IOException {
        Upload upload = Upload.of(file, uploadLimit);
        return Response.status(Response.Status.CREATED)
                .entity(tasks.addReportFile(id, checkpoint, upload.fileName(), upload.bytes())).build();
    }

    @GET
    @Path("{id}/files")
    @Operation(summary = "Файлы отчётов поручения")
    @APIResponse(responseCode = "200", description = "Файлы отчётов поручения",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Tasks.ReportFile.class)))
    public List<Tasks.ReportFile> files(@PathParam("id") long id) {
        return tasks.reportFiles(id);
    }

    @GET
    @Path("{id}/files/{file}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Содержимое файла отчёта")
    @APIResponse(responseCode = "200", description = "Файл (Content-Disposition с его именем)",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Файл не изменился: If-None-Match совпал с его ETag")
    public Response file(@PathParam("id") long id, @PathParam("file") long file, @Context Request request) {
        AttachmentContent content = tasks.reportFile(id, file);
        return Download.response(request, content.bytes(), content.mediaType(), content.fileName(), false);
    }
}
