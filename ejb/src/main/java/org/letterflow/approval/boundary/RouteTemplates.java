package org.letterflow.approval.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import org.letterflow.approval.entity.RouteKind;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.Row;

/**
 * An organisation's saved routes: a name, the kind and the approvers in order (the last signs),
 * offered when a draft is sent for approval. Approvers are kept by login, so a template follows a
 * person, and a template naming someone who has left fails with a clear message when used.
 */
@Stateless
public class RouteTemplates {

    /** A saved route. */
    public record RouteTemplate(long id, String name, RouteKind kind, List<String> approvers) {

        public Route route() {
            return new Route(kind, approvers.stream().map(login -> new Route.Step(login, null, null)).toList());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    public List<RouteTemplate> own() {
        return Row.all(em.createNativeQuery("select id, name, kind, approvers from route_template where organisation_id = ?1"
                        + " order by lower(name)").setParameter(1, caller.organisationId())).stream()
                .map(r -> new RouteTemplate(r.longValue("id"), r.string("name"), r.enumValue("kind", RouteKind.class),
                        Arrays.asList(r.string("approvers").split(",")))).toList();
    }

    @RolesAllowed({"CLERK", "EXECUTOR", "EXECUTIVE"})
    public RouteTemplate save(String name, RouteKind kind, List<String> approvers) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw BusinessException.invalid("name", Text.ROUTE_TEMPLATE_NAME_MISSING);
        }
        if (approvers == null || approvers.isEmpty()) {
            throw BusinessException.invalid("approvers", Text.ROUTE_TEMPLATE_EMPTY);
        }
        for (String login : approvers) {
            boolean colleague = em.createNamedQuery(User.BY_LOGIN, User.class).setParameter("login", login == null ? "" : login)
                    .getResultStream().anyMatch(u -> u.getOrganisation().getId().equals(caller.organisationId()));
            if (!colleague) {
                throw BusinessException.invalid("approvers", Text.USER_NOT_IN_ORGANISATION, login);
            }
        }
        boolean taken = !em.createNativeQuery("select 1 from route_template where organisation_id = ?1 and lower(name) = lower(?2)")
                .setParameter(1, caller.organisationId()).setParameter(2, name.strip()).getResultList().isEmpty();
        if (taken) {
            throw BusinessException.conflict(Text.ROUTE_TEMPLATE_EXISTS, name.strip());
        }
        RouteKind k = kind == null ? RouteKind.SEQUENTIAL : kind;
        long id = ((Number) em.createNativeQuery("insert into route_template (organisation_id, name, kind, approvers, created_by)"
                        + " values (?1, ?2, ?3, ?4, ?5) returning id")
                .setParameter(1, caller.organisationId()).setParameter(2, name.strip()).setParameter(3, k.name())
                .setParameter(4, String.join(",", approvers)).setParameter(5, caller.get().getLogin())
                .getSingleResult()).longValue();
        return new RouteTemplate(id, name.strip(), k, List.copyOf(approvers));
    }

    @RolesAllowed({"CLERK", "EXECUTOR", "EXECUTIVE"})
    public void delete(long id) {
        if (em.createNativeQuery("delete from route_template where id = ?1 and organisation_id = ?2")
                .setParameter(1, id).setParameter(2, caller.organisationId()).executeUpdate() == 0) {
            throw BusinessException.notFound(Text.ROUTE_TEMPLATE_NOT_FOUND);
        }
    }
}
