package org.letterflow.registration.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.letterflow.registration.boundary.LetterQuery;
import org.letterflow.registration.boundary.Letters;
import org.letterflow.registration.entity.Direction;

/** Входящие and Исходящие: the organisation's letters of one direction, newest first. */
@Named
@ViewScoped
public class Mailbox implements Serializable {

    @Inject
    transient Letters letters;

    private Direction direction;
    private LetterRows rows;

    @PostConstruct
    void init() {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        direction = view.contains("outbox") ? Direction.OUTGOING : Direction.INCOMING;
        Direction shown = direction;
        rows = new LetterRows(letters, () -> LetterQuery.of(shown));
    }

    public Direction getDirection() {
        return direction;
    }

    public LetterRows getRows() {
        return rows;
    }
}
