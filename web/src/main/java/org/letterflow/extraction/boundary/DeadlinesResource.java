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
import org.letterflow.extraction.entity.LetterDeadline;
import org.letterflow.platform.BusinessException;

/**
 * The due dates kept for letters: {@code GET /deadlines?letter=ID}, and {@code POST /deadlines}
 * to keep dates confirmed from an extraction or entered by hand.
 */
@ApplicationScoped
@Path("deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

    /** A due date as the API shows it. */
    public record DeadlineView(long id, long letter, LocalDate date, String said, String relative, boolean extracted,
                               String addedBy) {
        static DeadlineView of(LetterDeadline d) {
            return new DeadlineView(d.getId(), d.getLetterId(), d.getDueOn(), d.getSaid(), d.getRelative(), d.isExtracted(),
                    d.getAddedBy());
        }
    }

    /** Due dates to keep for one letter. */
    public record NewDeadlines(Long letter, List<Extractions.DueDate> dates) {
        @JsonbCreator
        public NewDeadlines(Long letter, List<Extractions.DueDate> dates) {
            this.letter = letter;
            this.dates = dates == null ? List.of() : List.copyOf(dates);
        }
    }

    @Inject
    Extractions extractions;

    @GET
    public List<DeadlineView> deadlines(@QueryParam("letter") Long letter) {
        if (letter == null) {
            throw BusinessException.invalid("letter", "Укажите письмо: ?letter=ID");
        }
        return extractions.deadlines(letter).stream().map(DeadlineView::of).toList();
    }

    @POST
    public List<DeadlineView> keep(NewDeadlines request) {
        if (request == null || request.letter() == null) {
            throw BusinessException.invalid("letter", "Укажите письмо: {\"letter\": ID, \"dates\": […]}");
        }
        if (request.dates().isEmpty()) {
            throw BusinessException.invalid("dates", "Передайте сроки: {\"dates\": [{\"date\": \"2025-01-13\", …}]}");
        }
        return extractions.keepDeadlines(request.letter(), request.dates()).stream().map(DeadlineView::of).toList();
    }
}
