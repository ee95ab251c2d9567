package org.letterflow.approval.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.Row;

/**
 * Substitution: an executive names a colleague to act for them over a period; the deputy then
 * sees the executive's approval steps and decides them "за" the executive, which the sheet shows.
 */
@Stateless
public class Deputies {

    /** A substitution as the API and the page show it. */
    public record Substitution(long id, String executive, String deputy,
                               @Schema(type = SchemaType.STRING, format = "date") LocalDate from,
                               @Schema(type = SchemaType.STRING, format = "date") LocalDate to) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    @RolesAllowed("EXECUTIVE")
    public Substitution name(String deputyLogin, LocalDate from, LocalDate to) {
        User me = caller.get();
        if (from == null || to == null || to.isBefore(from)) {
            throw BusinessException.invalid("to", Text.DEPUTY_PERIOD_MISSING);
        }
        if (to.isBefore(me.getOrganisation().today(clock))) {
            throw BusinessException.invalid("to", Text.DEPUTY_PERIOD_PAST);
        }
        User deputy = em.createNamedQuery(User.BY_LOGIN, User.class).setParameter("login", deputyLogin == null ? "" : deputyLogin)
                .getResultStream().filter(u -> u.isActive() && u.getOrganisation().getId().equals(me.getOrganisation().getId()))
                .findFirst().orElseThrow(() -> BusinessException.invalid("deputy", Text.DEPUTY_OUTSIDE));
        if (deputy.getId().equals(me.getId())) {
            throw BusinessException.invalid("deputy", Text.DEPUTY_SELF);
        }
        long id = ((Number) em.createNativeQuery("insert into deputy (executive_id, deputy_id, starts_on, ends_on, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?5) returning id")
                .setParameter(1, me.getId()).setParameter(2, deputy.getId()).setParameter(3, Date.valueOf(from))
                .setParameter(4, Date.valueOf(to)).setParameter(5, Timestamp.from(clock.instant())).getSingleResult()).longValue();
        return new Substitution(id, me.getShortName(), deputy.getShortName(), from, to);
    }

    /** Substitutions the caller gave or received that have not ended. */
    public List<Substitution> current() {
        User me = caller.get();
        LocalDate today = me.getOrganisation().today(clock);
        return Row.all(em.createNativeQuery("""
                        select d.id, e.short_name as executive, u.short_name as deputy, d.starts_on, d.ends_on from deputy d
                          join app_user e on e.id = d.executive_id join app_user u on u.id = d.deputy_id
                         where (d.executive_id = ?1 or d.deputy_id = ?1) and d.ends_on >= ?2 order by d.starts_on""")
                        .setParameter(1, me.getId()).setParameter(2, Date.valueOf(today))).stream()
                .map(r -> new Substitution(r.longValue("id"), r.string("executive"), r.string("deputy"),
                        r.date("starts_on"), r.date("ends_on"))).toList();
    }

    /** Ends a substitution the caller gave. */
    @RolesAllowed("EXECUTIVE")
    public void cancel(long id) {
        int gone = em.createNativeQuery("delete from deputy where id = ?1 and executive_id = ?2")
                .setParameter(1, id).setParameter(2, caller.get().getId()).executeUpdate();
        if (gone == 0) {
            throw BusinessException.notFound(Text.DEPUTY_NOT_FOUND);
        }
    }
}
