package org.letterflow.extraction.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.extraction.entity.ExtractionReview;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.registration.boundary.Letters;

/**
 * The record of what clerks kept of each field extraction proposed for a letter they registered,
 * and, summed per field, extraction's accuracy in real use.
 */
@Stateless
@RolesAllowed({"CLERK", "EXECUTOR", "EXECUTIVE"})
public class ExtractionReviews {

    /** A field as proposed and as kept on the card. */
    public record FieldReview(String field, String proposed, String kept,
                              @Schema(format = "double", description = "Уверенность предложения, 0..1") Double confidence) {
        /**
         * Read from requests: Payara's Yasson needs the constructor named (see JsonbConfiguration).
         * Written out, not compact: a compact one carries the component's annotation onto its
         * parameter, and Payara's OpenAPI scanner then describes the record by that one field alone.
         */
        @JsonbCreator
        public FieldReview(String field, String proposed, String kept, Double confidence) {
            this.field = field;
            this.proposed = proposed;
            this.kept = kept;
            this.confidence = confidence;
        }
    }

    /** For one field: how often it was proposed and how often kept unchanged. */
    public record FieldAccuracy(String field, long proposed, long kept) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Letters letters;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Records, for a letter registered from an extraction, what was proposed and what was kept. */
    public void review(long letterId, List<FieldReview> fields) {
        letters.find(letterId);
        Instant now = clock.instant();
        for (FieldReview f : fields) {
            if (f.field() == null || f.field().isBlank() || f.field().length() > 40) {
                throw BusinessException.invalid("field", Text.EXTRACTION_FIELD_MISSING, 40);
            }
            em.persist(new ExtractionReview(currentUser.organisationId(), letterId, f.field(), f.proposed(), f.kept(),
                    f.confidence(), currentUser.get().getLogin(), now));
        }
    }

    /** For the caller's organisation: per field, proposals and how many the clerks kept unchanged. */
    public List<FieldAccuracy> accuracy() {
        Map<String, long[]> counts = new TreeMap<>();
        em.createQuery("select r from ExtractionReview r where r.organisationId = :org", ExtractionReview.class)
                .setParameter("org", currentUser.organisationId()).getResultStream().forEach(r -> {
                    long[] c = counts.computeIfAbsent(r.getField(), k -> new long[2]);
                    c[0]++;
                    if (r.accepted()) {
                        c[1]++;
                    }
                });
        return counts.entrySet().stream().map(e -> new FieldAccuracy(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
