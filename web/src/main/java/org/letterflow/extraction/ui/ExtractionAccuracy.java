package org.letterflow.extraction.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.letterflow.extraction.boundary.ExtractionReviews;

/** The page that shows how often clerks kept what extraction proposed, field by field. */
@Named
@RequestScoped
public class ExtractionAccuracy {

    @Inject
    ExtractionReviews reviews;

    private List<ExtractionReviews.FieldAccuracy> fields;

    public List<ExtractionReviews.FieldAccuracy> getFields() {
        if (fields == null) {
            fields = reviews.accuracy();
        }
        return fields;
    }

    /** "87 %" of proposals kept as they were. */
    public String share(ExtractionReviews.FieldAccuracy field) {
        return field.proposed() == 0 ? "—" : Math.round(100.0 * field.kept() / field.proposed()) + " %";
    }
}
