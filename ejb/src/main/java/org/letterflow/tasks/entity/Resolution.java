package org.letterflow.tasks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.letterflow.organisation.entity.User;
import org.letterflow.registration.entity.Letter;

/** What an executive wrote on a letter: the text, and whether its tasks are under control. */
@Entity
@Table(name = "resolution")
public class Resolution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_id")
    private Letter letter;

    @Column(name = "organisation_id")
    private long organisationId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private User author;

    private String text;

    @Column(name = "on_control")
    private boolean onControl;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The task this resolution divides further down, or null for a resolution on a letter. */
    @Column(name = "parent_task_id")
    private Long parentTaskId;

    protected Resolution() {
    }

    public Resolution(Letter letter, User author, String text, boolean onControl, Instant createdAt) {
        this.letter = letter;
        this.organisationId = letter.getOrganisation().getId();
        this.author = author;
        this.text = text.strip();
        this.onControl = onControl;
        this.createdAt = createdAt;
    }

    /** The assignee of a task splits it down: the same letter, its own text, the splitter controls. */
    public static Resolution dividing(Task parent, User author, String text, Instant at) {
        Resolution r = new Resolution(parent.getResolution().getLetter(), author, text, true, at);
        r.organisationId = author.getOrganisation().getId();
        r.parentTaskId = parent.getId();
        return r;
    }

    public Long getParentTaskId() {
        return parentTaskId;
    }

    public Long getId() {
        return id;
    }

    public Letter getLetter() {
        return letter;
    }

    public User getAuthor() {
        return author;
    }

    /** The letter resolved on, by id: what a view of the resolution carries instead of the letter. */
    public long getLetterId() {
        return letter.getId();
    }

    public String getAuthorName() {
        return author.getShortName();
    }

    public String getAuthorLogin() {
        return author.getLogin();
    }

    public String getText() {
        return text;
    }

    public boolean isOnControl() {
        return onControl;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
