package org.letterflow.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.document.Download;
import org.letterflow.platform.rest.LocalDateParam;
import org.letterflow.platform.rest.Problem;
import org.letterflow.tasks.control.TaskRow;

/** The execution-discipline report (исполнительская дисциплина). */
@ApplicationScoped
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    Discipline discipline;

    @GET
    @Path("discipline")
    @Operation(summary = "Исполнительская дисциплина за период")
    @APIResponse(responseCode = "400", description = "Период неверен",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Исполнительская дисциплина за период",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DisciplineRow.class)))
    public List<DisciplineRow> discipline(@QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                                          @QueryParam("org") Long org,
                                          @Parameter(description = "SUBORDINATES (по умолчанию): своя организация и её сотрудники и по строке"
                                                  + " на каждую подведомственную, с суммой всех организаций под ней;"
                                                  + " ORGANISATIONS: строка на каждую организацию и сотрудника")
                                          @QueryParam("by") Breakdown by) {
        return discipline.discipline(LocalDateParam.value(from), LocalDateParam.value(to), org,
                by == null ? Breakdown.SUBORDINATES : by);
    }

    @GET
    @Path("discipline.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Исполнительская дисциплина в XLSX")
    @APIResponse(responseCode = "200", description = "XLSX",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Период неверен",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response xlsx(@QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                         @QueryParam("org") Long org, @QueryParam("by") Breakdown by) {
        byte[] file = DisciplineExport.xlsx(discipline(from, to, org, by), LocalDateParam.value(from), LocalDateParam.value(to));
        return Download.response(file, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                DisciplineExport.fileName("xlsx"), false);
    }

    @GET
    @Path("discipline.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Исполнительская дисциплина в PDF")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Период неверен",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pdf(@QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                        @QueryParam("org") Long org, @QueryParam("by") Breakdown by) {
        byte[] file = DisciplineExport.pdf(discipline(from, to, org, by), LocalDateParam.value(from), LocalDateParam.value(to));
        return Download.response(file, "application/pdf", DisciplineExport.fileName("pdf"), true);
    }

    /** The due dates behind one line: an organisation's, or one person's ({@code person}). */
    @GET
    @Path("discipline/detail")
    @Operation(summary = "Поручения, вошедшие в отчёт")
    @APIResponse(responseCode = "400", description = "Период неверен",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Поручения, вошедшие в отчёт",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TaskRow.class)))
    public List<TaskRow> detail(@QueryParam("from") LocalDateParam from, @QueryParam("to") LocalDateParam to,
                                @QueryParam("org") long org, @QueryParam("person") Long person) {
        return discipline.disciplineDetail(LocalDateParam.value(from), LocalDateParam.value(to), org, person);
    }
}
