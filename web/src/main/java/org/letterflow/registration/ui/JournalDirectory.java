package org.letterflow.registration.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.letterflow.platform.Text;
import org.letterflow.platform.ui.ShowsProblems;
import org.letterflow.registration.boundary.Journals;
import org.letterflow.registration.entity.Direction;
import org.letterflow.registration.entity.RegistrationJournal;

/** Справочники → Журналы регистрации: the journals, new ones, and numbers taken out with a reason. */
@Named
@ViewScoped
@ShowsProblems
public class JournalDirectory implements Serializable {

    @Inject
    transient Journals journals;

    private List<RegistrationJournal> all;
    private Direction direction = Direction.INCOMING;
    private String name;
    private String template;
    private Long selectedId;
    private boolean reserve;
    private String reason;
    private List<Journals.WithheldNumber> withheld = List.of();

    @PostConstruct
    void load() {
        all = journals.mine();
        if (selectedId != null) {
            withheld = journals.withheld(selectedId);
        }
    }

    public void create() {
        journals.create(direction, name, template);
        name = template = null;
        load();
    }

    /** The number the journal gives next, beside its template, so the template reads as what it makes. */
    public String nextNumber(RegistrationJournal journal) {
        return journals.nextNumber(journal);
    }

    public void select(RegistrationJournal journal) {
        selectedId = journal.getId();
        reason = null;
        reserve = false;
        load();
    }

    public void withhold() {
        Journals.WithheldNumber number = journals.withhold(selectedId, reserve, reason);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                (reserve ? Text.JOURNAL_NUMBER_RESERVED : Text.JOURNAL_NUMBER_SKIPPED).format(number.number()), null));
        reason = null;
        load();
    }

    public RegistrationJournal getSelected() {
        return all.stream().filter(j -> j.getId().equals(selectedId)).findFirst().orElse(null);
    }

    public List<RegistrationJournal> getAll() {
        return all;
    }

    public List<Journals.WithheldNumber> getWithheld() {
        return withheld;
    }

    public Direction[] getDirections() {
        return Direction.values();
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public boolean isReserve() {
        return reserve;
    }

    public void setReserve(boolean reserve) {
        this.reserve = reserve;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
