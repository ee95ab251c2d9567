package org.letterflow.organisation.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.letterflow.organisation.boundary.ApiTokens;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.platform.ui.ShowsProblems;

/** "Токены API" (tokens.xhtml, from the user menu): the caller's personal tokens for scripts. */
@Named
@ViewScoped
@ShowsProblems
public class TokensPage implements Serializable {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A token as listed. */
    public record Row(long id, String name, String createdAt, String lastUsedAt) {
    }

    @Inject
    transient ApiTokens tokens;

    @Inject
    transient Users users;

    private transient List<Row> rows;
    private String name;
    /** The secret of the token just made: shown once, then gone with the view. */
    private String secret;

    public List<Row> getRows() {
        if (rows == null) {
            ZoneId zone = users.me().getOrganisation().getTimeZone();
            rows = tokens.mine().stream().map(t -> new Row(t.getId(), t.getName(), shown(t.getCreatedAt(), zone),
                    shown(t.getLastUsedAt(), zone))).toList();
        }
        return rows;
    }

    public void create() {
        secret = tokens.create(name).secret();
        name = null;
        rows = null;
    }

    public void revoke(long id) {
        tokens.revoke(id);
        secret = null;
        rows = null;
    }

    private static String shown(Instant at, ZoneId zone) {
        return at == null ? "—" : SHOWN.format(at.atZone(zone));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSecret() {
        return secret;
    }
}
