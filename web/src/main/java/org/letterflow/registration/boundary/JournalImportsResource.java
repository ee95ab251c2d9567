package org.letterflow.registration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.document.FileNames;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.rest.Problem;
import org.letterflow.registration.control.BulkImport;
import org.letterflow.registration.entity.ImportField;
import org.letterflow.registration.entity.ImportMapping;
import org.letterflow.registration.entity.JournalImport;

/**
 * Import of an old journal (XLSX or CSV) into a journal, for the organisation's administrator:
 * upload the file ({@code POST}, multipart part {@code file}) to see its columns and first rows,
 * {@code POST …/{import}/preview} a mapping to see the rows as they would be stored,
 * {@code POST …/{import}/start} it to import in the background (202), {@code GET …/{import}} for
 * the progress and, when refused, the rows and reasons. All or nothing.
 */
@ApplicationScoped
@Path("journals/{id}/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JournalImportsResource {

    /**
     * Which column (from 0, as in {@code columns}) fills which field ({@code NUMBER}, {@code DATE},
     * {@code CORRESPONDENT}, {@code CORRESPONDENT_NUMBER}, {@code CORRESPONDENT_DATE}, {@code SUBJECT},
     * {@code SUMMARY}, {@code ADDRESSEES}, {@code SIGNATORY}, {@code EXECUTOR}); whether the first
     * row is the header (default yes); for CSV the encoding ({@code UTF-8}, {@code windows-1251})
     * and separator ({@code ;}, {@code ,}, {@code tab}), recognised when left out.
     */
    @Schema(description = "Сопоставление столбцов файла с полями журнала")
    public record Mapping(
            @Schema(description = "Поле (NUMBER, DATE, CORRESPONDENT, …) → номер столбца с 0") Map<String, Integer> columns,
            @Schema(description = "Первая строка — заголовок (по умолчанию да)") Boolean header,
            @Schema(description = "Кодировка CSV (распознаётся, если не указана)", example = "windows-1251") String encoding,
            @Schema(description = "Разделитель CSV: ;, , или tab", example = "; ") String separator) {
        @JsonbCreator
        public Mapping {
        }

        ImportMapping toMapping() {
            Map<ImportField, Integer> fields = new EnumMap<>(ImportField.class);
            if (columns != null) {
                columns.forEach((name, column) -> {
                    ImportField field;
                    try {
                        field = ImportField.valueOf(name);
                    } catch (IllegalArgumentException e) {
                        throw BusinessException.invalid("columns", Text.API_IMPORT_FIELD_UNKNOWN, name);
                    }
                    if (column != null) {
                        fields.put(field, column);
                    }
                });
            }
            Character sep = separator == null || separator.isEmpty() ? null
                    : "tab".equalsIgnoreCase(separator) ? '\t' : separator.length() == 1 ? separator.charAt(0) : '?';
            return new ImportMapping(fields, header == null || header, encoding == null || encoding.isBlank()
                    ? null : encoding, sep);
        }
    }

    /** A refused row. */
    @Schema(description = "Отклонённая строка")
    public record ProblemView(
            @Schema(description = "Номер строки файла") long row,
            @Schema(description = "Почему отклонена") String reason) {
    }

    /** An import as the API shows it; {@code columns} and {@code rows} only right after the upload. */
    @Schema(description = "Импорт журнала")
    public record ImportView(
            @Schema(description = "Идентификатор импорта") long id,
            @Schema(description = "Журнал") long journal,
            @Schema(description = "Имя файла") String fileName,
            @Schema(description = "Размер, байт") long fileSize,
            @Schema(type = SchemaType.STRING, description = "Состояние") JournalImport.State state,
            @Schema(description = "Готово, %") int percent,
            @Schema(description = "Прочитано строк") long rowsRead,
            @Schema(description = "Импортировано писем") long imported,
            @Schema(description = "Отклонено строк") long problemCount,
            @Schema(type = SchemaType.ARRAY, implementation = ProblemView.class, description = "Отклонённые строки (при отказе)") List<ProblemView> problems,
            @Schema(description = "Что помешало") String failure,
            @Schema(description = "Кто загрузил") String createdBy,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда загружен (UTC)") Instant createdAt,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "Когда закончен (UTC)") Instant finishedAt,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Столбцы файла (сразу после загрузки)") List<String> columns,
            @Schema(type = SchemaType.ARRAY, implementation = String[].class, description = "Первые строки файла (сразу после загрузки)") List<List<String>> rows) {
        static ImportView of(JournalImport i, List<BulkImport.Problem> problems, List<String> columns,
                             List<List<String>> rows) {
            return new ImportView(i.getId(), i.getJournalId(), i.getFileName(), i.getFileSize(), i.getState(),
                    i.percent(), i.getRowsRead(), i.getImported(), i.getProblemCount(),
                    problems == null ? null : problems.stream().map(p -> new ProblemView(p.row(), p.reason())).toList(),
                    i.getFailure(), i.getCreatedBy(), i.getCreatedAt(), i.getFinishedAt(), columns, rows);
        }
    }

    /** A row of the preview: field → value as it would be stored, and why it would be refused. */
    @Schema(description = "Строка предпросмотра")
    public record PreviewRowView(
            @Schema(description = "Номер строки файла") long row,
            @Schema(description = "Поле → значение, как будет сохранено") Map<String, String> values,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Почему строка была бы отклонена") List<String> problems) {
    }

    @Schema(description = "Предпросмотр импорта")
    public record PreviewView(
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Столбцы файла") List<String> columns,
            @Schema(type = SchemaType.ARRAY, implementation = PreviewRowView.class, description = "Строки") List<PreviewRowView> rows) {
    }

    @Inject
    JournalImports imports;

    @Inject
    JournalImportJobs jobs;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Загрузить старый журнал (XLSX или CSV) для импорта")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(type = SchemaType.OBJECT, properties = @SchemaProperty(name = "file",
                    type = SchemaType.STRING, format = "binary", description = "Файл"))))
    @APIResponse(responseCode = "201", description = "Файл принят: его столбцы и первые строки",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "Файл не приложен или не читается",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Файл больше допустимого",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("id") long journal, @FormParam("file") EntityPart file,
                           @Context UriInfo uri) throws IOException {
        if (file == null) {
            throw BusinessException.invalid("file", Text.IMPORT_FILE_MISSING);
        }
        String name = FileNames.fromMultipartHeader(file.getFileName().orElse(Text.JOURNAL_UPLOAD_UNNAMED.format()));
        JournalImports.Uploaded uploaded = imports.upload(journal, name, file.getContent());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(uploaded.job().getId())).build())
                .entity(ImportView.of(uploaded.job(), null, uploaded.sample().columns(), uploaded.sample().rows()))
                .build();
    }

    @GET
    @Operation(summary = "Импорты журнала")
    @APIResponse(responseCode = "200", description = "Импорты журнала",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ImportView.class)))
    public List<ImportView> list(@PathParam("id") long journal) {
        return imports.of(journal).stream().map(i -> ImportView.of(i, null, null, null)).toList();
    }

    @GET
    @Path("{import}")
    @Operation(summary = "Ход импорта; при отказе — строки и причины")
    @APIResponse(responseCode = "200", description = "Ход импорта; при отказе — строки и причины",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    public ImportView get(@PathParam("id") long journal, @PathParam("import") long id) {
        JournalImport job = imports.find(journal, id);
        return ImportView.of(job, job.getState() == JournalImport.State.REJECTED ? imports.problems(journal, id)
                : List.of(), null, null);
    }

    @POST
    @Path("{import}/preview")
    @Operation(summary = "Строки так, как они были бы сохранены при этом сопоставлении")
    @APIResponse(responseCode = "400", description = "Сопоставление неверно",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Строки так, как они были бы сохранены при этом сопоставлении",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewView.class)))
    public PreviewView preview(@PathParam("id") long journal, @PathParam("import") long id, Mapping mapping) {
        JournalImports.Preview preview = imports.preview(journal, id, required(mapping));
        return new PreviewView(preview.columns(), preview.rows().stream().map(r -> {
            Map<String, String> values = new LinkedHashMap<>();
            r.values().forEach((field, value) -> values.put(field.name(), value));
            return new PreviewRowView(r.row(), values, r.problems());
        }).toList());
    }

    @POST
    @Path("{import}/start")
    @Operation(summary = "Начать импорт в фоне (всё или ничего)")
    @APIResponse(responseCode = "202", description = "Импорт поставлен в очередь; Location — его ход",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "400", description = "Сопоставление неверно",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Импорт уже начат",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@PathParam("id") long journal, @PathParam("import") long id, Mapping mapping,
                          @Context UriInfo uri) {
        JournalImport queued = imports.queue(journal, id, required(mapping));
        jobs.start(queued);
        return Response.accepted(ImportView.of(queued, List.of(), null, null))
                .location(uri.getBaseUriBuilder().path("journals").path(String.valueOf(journal)).path("imports")
                        .path(String.valueOf(id)).build())
                .build();
    }

    private static ImportMapping required(Mapping mapping) {
        if (mapping == null) {
            throw BusinessException.invalid("columns", Text.API_IMPORT_COLUMNS_MISSING);
        }
        return mapping.toMapping();
    }
}
