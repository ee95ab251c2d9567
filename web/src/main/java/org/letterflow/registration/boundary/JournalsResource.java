package org.letterflow.registration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.document.Download;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.rest.Problem;
import org.letterflow.registration.control.PrintedJournal;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.JournalPeriod;
import org.letterflow.registration.entity.RegistrationJournal;

@ApplicationScoped
@Path("journals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JournalsResource {

    /** A journal as the API shows it. */
    @Schema(description = "Журнал регистрации")
    public record JournalView(
            @Schema(description = "Идентификатор журнала") long id,
            @Schema(type = SchemaType.STRING, description = "Направление") Direction direction,
            @Schema(description = "Название", example = "Входящие") String name,
            @Schema(description = "Шаблон номера", example = "{seq}-вх/{yy}") String template,
            @Schema(description = "Открыт для регистрации") boolean active) {
        static JournalView of(RegistrationJournal j) {
            return new JournalView(j.getId(), j.getDirection(), j.getName(), j.getTemplate().pattern(), j.isActive());
        }
    }

    /** A new journal: direction, name and number template ({seq}, {seq:N}, {yy}, {yyyy}, literals). */
    @Schema(description = "Новый журнал регистрации")
    public record NewJournal(
            @Schema(type = SchemaType.STRING, description = "Направление") Direction direction,
            @Schema(description = "Название", example = "Исходящие") String name,
            @Schema(description = "Шаблон номера: {seq}, {seq:N}, {yy}, {yyyy}, текст", example = "{seq}-исх/{yyyy}") String template) {
        @JsonbCreator
        public NewJournal {
        }
    }

    /** Take the next number out of the sequence: reserve it for later, or skip it; with a reason. */
    @Schema(description = "Изъять следующий номер")
    public record Withholding(
            @Schema(description = "Зарезервировать (true) или пропустить (false)") boolean reserve,
            @Schema(description = "Причина", example = "Резерв для приказа") String reason) {
        @JsonbCreator
        public Withholding {
        }
    }

    @Inject
    Journals journals;

    @Inject
    JournalPrints prints;

    @GET
    @Operation(summary = "Журналы регистрации организации")
    @APIResponse(responseCode = "200", description = "Журналы регистрации организации",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = JournalView.class)))
    public List<JournalView> list() {
        return journals.mine().stream().map(JournalView::of).toList();
    }

    @POST
    @Operation(summary = "Создать журнал регистрации")
    @APIResponse(responseCode = "201", description = "Журнал создан",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JournalView.class)))
    @APIResponse(responseCode = "400", description = "Направление, название или шаблон номера неверны",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(NewJournal journal) {
        if (journal == null) {
            throw BusinessException.invalid(null, Text.API_JOURNAL_MISSING);
        }
        return Response.status(201)
                .entity(JournalView.of(journals.create(journal.direction(), journal.name(), journal.template())))
                .build();
    }

    @POST
    @Path("{id}/withheld-numbers")
    @Operation(summary = "Зарезервировать или пропустить следующий номер журнала")
    @APIResponse(responseCode = "201", description = "Номер изъят из последовательности",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Journals.WithheldNumber.class)))
    @APIResponse(responseCode = "400", description = "Не указана причина",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withhold(@PathParam("id") long id, Withholding withholding) {
        if (withholding == null) {
            throw BusinessException.invalid("reason", Text.API_REASON_MISSING);
        }
        return Response.status(201).entity(journals.withhold(id, withholding.reserve(), withholding.reason())).build();
    }

    /** The report of skipped and reserved numbers. */
    @GET
    @Path("{id}/withheld-numbers")
    @Operation(summary = "Пропущенные и зарезервированные номера журнала")
    @APIResponse(responseCode = "200", description = "Пропущенные и зарезервированные номера журнала",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Journals.WithheldNumber.class)))
    public List<Journals.WithheldNumber> withheld(@PathParam("id") long id) {
        return journals.withheld(id);
    }

    /**
     * «Журнал регистрации входящих (исходящих) документов» over a period as a PDF: {@code from} and
     * {@code to} as dd.MM.yyyy (or yyyy-MM-dd), both days included; a bad period is a 400.
     */
    @GET
    @Path("{id}/print.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Журнал регистрации за период в PDF")
    @APIResponse(responseCode = "200", description = "PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Период неверен",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response printPdf(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        JournalPeriod period = prints.printPeriod(id, from, to);
        PrintedJournal print = prints.printed(id, period);
        return Download.response(JournalExport.pdf(print), "application/pdf",
                JournalExport.fileName(print, period, "pdf"), true);
    }

    /** The same journal as a spreadsheet. */
    @GET
    @Path("{id}/print.xlsx")
    @Produces(JournalExport.XLSX)
    @Operation(summary = "Журнал регистрации за период в XLSX")
    @APIResponse(responseCode = "200", description = "XLSX",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Период неверен",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    public Response printXlsx(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        JournalPeriod period = prints.printPeriod(id, from, to);
        PrintedJournal print = prints.printed(id, period);
        return Download.response(JournalExport.xlsx(print), JournalExport.XLSX,
                JournalExport.fileName(print, period, "xlsx"), false);
    }
}
