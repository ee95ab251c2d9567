package org.letterflow.approval.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.approval.entity.RouteKind;

/**
 * The route an initiator gives a draft: approvers by login in order, the last one signing.
 * Stages follow from the kind (SEQUENTIAL: one approver a stage; PARALLEL: all approvers
 * together, then the signatory); MIXED takes each step's {@code stage}. {@code due} is the
 * organisation's local date-time.
 */
public record Route(RouteKind kind, List<Step> steps) {

    /** One approver of the route. */
    public record Step(String approver, Integer stage,
                       @Schema(type = SchemaType.STRING, format = "date-time") LocalDateTime due) {
        @JsonbCreator
        public Step(String approver, Integer stage, LocalDateTime due) {
            this.approver = approver;
            this.stage = stage;
            this.due = due;
        }
    }

    @JsonbCreator
    public Route(RouteKind kind, List<Step> steps) {
        this.kind = kind == null ? RouteKind.SEQUENTIAL : kind;
        this.steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
