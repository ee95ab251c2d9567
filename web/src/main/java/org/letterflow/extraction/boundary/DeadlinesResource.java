package org.letterflow.extraction.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.letterflow.extraction.control.AttachmentDeadlines;
import org.letterflow.extraction.entity.DeadlineSource;
import org.letterflow.extraction.entity.LetterDeadline;
import org.letterflow.extraction.entity.SourcedDeadline;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.rest.Problem;

/**
 * The due dates kept for letters: {@code GET /deadlines?letter=ID}, and {@code POST /deadlines}
 * to keep dates confirmed from an extraction or entered by hand. What the letter's attachments
 * propose, each with its file and page: {@code GET /deadlines/proposals?letter=ID}, and
 * {@code POST /deadlines/proposals} to take one ({@code date}, optionally {@code file}) or all.
 */
@ApplicationScoped
@Path("deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

    /** A due date as the API shows it. */
    @Schema(description = "Срок исполнения письма")
    public record DeadlineView(
            @Schema(description = "Идентификатор срока") long id,
            @Schema(description = "Письмо") long letter,
            @Schema(type = SchemaType.STRING, format = "date", description = "Дата срока", example = "2026-12-15") LocalDate date,
            @Schema(description = "Как срок сказан в письме", example = "не позднее 15 декабря 2026 г.") String said,
            @Schema(description = "Относительный срок (в течение N дней …)") String relative,
            @Schema(description = "Найден извлечением") boolean extracted,
            @Schema(description = "Кто сохранил") String addedBy,
            @Schema(description = "Файл и страница, откуда взят") DeadlineSource source) {
        static DeadlineView of(LetterDeadline d) {
            return new DeadlineView(d.getId(), d.getLetterId(), d.getDueOn(), d.getSaid(), d.getRelative(), d.isExtracted(),
                    d.getAddedBy(), d.getSource());
        }
    }

    /** A due date an attachment proposes; {@code source.page} is null for files without pages. */
    @Schema(description = "Срок, предложенный приложением")
    public record ProposalView(
            @Schema(type = SchemaType.STRING, format = "date", description = "Дата", example = "2026-12-15") LocalDate date,
            @Schema(description = "Предложение, в котором он сказан") String said,
            @Schema(description = "Файл и страница (page нет у файлов без страниц)") DeadlineSource source) {
        static ProposalView of(SourcedDeadline d) {
            return new ProposalView(d.date(), d.sentence(), d.source());
        }
    }

    /** The proposals of a letter's attachments; {@code cutShort} names files read for deadlines only in part. */
    @Schema(description = "Сроки, которые предлагают приложения письма")
    public record Proposals(
            @Schema(description = "Письмо") long letter,
            @Schema(type = SchemaType.ARRAY, implementation = ProposalView.class, description = "Предложенные сроки") List<ProposalView> proposals,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Файлы, прочитанные для сроков не полностью") List<String> cutShort,
            @Schema(description = "Пояснение для человека") String note) {
    }

    /** Take one proposal ({@code date}, and {@code file} where two files give it), or {@code all}. */
    @Schema(description = "Взять предложенный срок или все")
    public record Take(
            @Schema(description = "Письмо") Long letter,
            @Schema(type = SchemaType.STRING, format = "date", description = "Дата предложенного срока", example = "2026-12-15") LocalDate date,
            @Schema(description = "Файл, если срок предлагают два файла") String file,
            @Schema(description = "Взять все предложенные") Boolean all) {
        @JsonbCreator
        public Take {
        }
    }

    /** Due dates to keep for one letter. */
    @Schema(description = "Сроки, которые сохранить для письма")
    public record NewDeadlines(
            @Schema(description = "Письмо") Long letter,
            @Schema(type = SchemaType.ARRAY, implementation = Extractions.DueDate.class, description = "Сроки") List<Extractions.DueDate> dates) {
        @JsonbCreator
        public NewDeadlines(Long letter, List<Extractions.DueDate> dates) {
            this.letter = letter;
            this.dates = dates == null ? List.of() : List.copyOf(dates);
        }
    }

    @Inject
    Extractions extractions;

    @GET
    @Operation(summary = "Сроки исполнения письма")
    @APIResponse(responseCode = "400", description = "Не указано письмо",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Сроки исполнения письма",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DeadlineView.class)))
    public List<DeadlineView> deadlines(@QueryParam("letter") Long letter) {
        if (letter == null) {
            throw BusinessException.invalid("letter", Text.API_LETTER_MISSING);
        }
        return extractions.deadlines(letter).stream().map(DeadlineView::of).toList();
    }

    @GET
    @Path("proposals")
    @Operation(summary = "Сроки, которые предлагают приложения письма")
    @APIResponse(responseCode = "400", description = "Не указано письмо",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Сроки, которые предлагают приложения письма",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Proposals.class)))
    public Proposals proposals(@QueryParam("letter") Long letter) {
        if (letter == null) {
            throw BusinessException.invalid("letter", Text.API_LETTER_MISSING);
        }
        Extractions.AttachmentProposals found = extractions.attachmentDeadlines(letter);
        String note = found.cutShort().isEmpty() ? null
                : Text.DEADLINES_READ_IN_PART.format(AttachmentDeadlines.MAX_PAGES, String.join(", ", found.cutShort()));
        return new Proposals(letter, found.deadlines().stream().map(ProposalView::of).toList(), found.cutShort(), note);
    }

    @POST
    @Path("proposals")
    @Operation(summary = "Взять предложенный срок (или все)")
    @APIResponse(responseCode = "400", description = "Не указаны письмо или дата",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Взять предложенный срок (или все)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DeadlineView.class)))
    public List<DeadlineView> take(Take request) {
        if (request == null || request.letter() == null) {
            throw BusinessException.invalid("letter", Text.API_DEADLINE_LETTER_MISSING);
        }
        if (Boolean.TRUE.equals(request.all())) {
            return extractions.takeAttachmentDeadlines(request.letter()).stream().map(DeadlineView::of).toList();
        }
        if (request.date() == null) {
            throw BusinessException.invalid("date", Text.API_DEADLINE_DATE_MISSING);
        }
        return extractions.takeAttachmentDeadline(request.letter(), request.date(), request.file()).stream()
                .map(DeadlineView::of).toList();
    }

    @POST
    @Operation(summary = "Сохранить подтверждённые или введённые вручную сроки")
    @APIResponse(responseCode = "400", description = "Не указаны письмо или сроки",
            content = @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Сохранить подтверждённые или введённые вручную сроки",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DeadlineView.class)))
    public List<DeadlineView> keep(NewDeadlines request) {
        if (request == null || request.letter() == null) {
            throw BusinessException.invalid("letter", Text.API_DEADLINES_LETTER_MISSING);
        }
        if (request.dates().isEmpty()) {
            throw BusinessException.invalid("dates", Text.API_DEADLINES_MISSING);
        }
        return extractions.keepDeadlines(request.letter(), request.dates()).stream().map(DeadlineView::of).toList();
    }
}
