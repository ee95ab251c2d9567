package org.letterflow.registration.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.letterflow.registration.control.LetterQuery;
import org.letterflow.registration.boundary.LetterSearches;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.LetterState;

/** Поиск: words in any form, or a number exactly as typed, with filters. */
@Named
@ViewScoped
public class LetterSearchPage implements Serializable {

    @Inject
    transient LetterSearches letters;

    private String text;
    private String number;
    private Direction direction;
    private LetterState state;
    private LocalDate from;
    private LocalDate to;
    private String correspondent;
    private LetterRows rows;

    @PostConstruct
    void init() {
        rows = new LetterRows(letters, () -> new LetterQuery(text, number, direction, null, from, to, correspondent,
                state));
    }

    public LetterRows getRows() {
        return rows;
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public LetterState[] getStates() {
        return LetterState.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public LetterState getState() {
        return state;
    }

    public void setState(LetterState state) {
        this.state = state;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getCorrespondent() {
        return correspondent;
    }

    public void setCorrespondent(String correspondent) {
        this.correspondent = correspondent;
    }
}
