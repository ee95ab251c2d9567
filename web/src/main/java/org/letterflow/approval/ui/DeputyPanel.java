package org.letterflow.approval.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.letterflow.approval.boundary.Deputies;
import org.letterflow.approval.boundary.Deputies.Substitution;
import org.letterflow.organisation.boundary.Colleague;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.ui.ShowsProblems;

/** "Замещение" on the approvals page: an executive names a deputy for a period; both see it. */
@Named
@ViewScoped
@ShowsProblems
public class DeputyPanel implements Serializable {

    @Inject
    transient Deputies deputies;

    @Inject
    transient Users users;

    private transient List<Substitution> current;
    private transient List<Colleague> colleagues;
    private String deputy;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        from = users.today();
    }

    public List<Substitution> getCurrent() {
        if (current == null) {
            current = deputies.current();
        }
        return current;
    }

    public List<Colleague> getColleagues() {
        if (colleagues == null) {
            colleagues = users.colleagues();
        }
        return colleagues;
    }

    public void name() {
        deputies.name(deputy, from, to);
        current = null;
        deputy = null;
        to = null;
    }

    public void cancel(long id) {
        deputies.cancel(id);
        current = null;
    }

    public String getDeputy() {
        return deputy;
    }

    public void setDeputy(String deputy) {
        this.deputy = deputy;
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
}
