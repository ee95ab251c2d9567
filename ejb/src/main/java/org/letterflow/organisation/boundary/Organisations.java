package org.letterflow.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import org.letterflow.organisation.control.CurrentUser;
import org.letterflow.organisation.control.OrganisationTree;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.platform.BusinessException;
import org.letterflow.platform.Text;
import org.letterflow.platform.FormValidator;

/** The organisation tree as the signed-in user may see and, as an administrator, change it. */
@Stateless
public class Organisations {

    private static final Logger LOG = Logger.getLogger(Organisations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    FormValidator validator;

    @Inject
    OrganisationTree tree;

    @Inject
    Event<OrganisationCreated> created;

    /** The caller's own organisation and everything below it. */
    public List<Organisation> visible() {
        return tree.subtree(caller.organisationId());
    }

    /** The direct children of a visible organisation, for a tree that opens level by level. */
    public List<Organisation> children(long parentId) {
        find(parentId);
        return em.createQuery("select o from Organisation o where o.parent.id = :parent order by o.shortName",
                        Organisation.class)
                .setParameter("parent", parentId)
                .getResultList();
    }

    /** One level of the tree for a view that opens it node by node: children, and which of them have children. */
    public record Level(List<Organisation> children, java.util.Set<Long> parents) {
    }

    public Level level(long parentId) {
        List<Organisation> children = children(parentId);
        return new Level(children, tree.parentsAmong(children.stream().map(Organisation::getId).toList()));
    }

    /** The caller's own organisation: the root of everything they see. */
    public Organisation own() {
        return find(caller.organisationId());
    }

    /** A visible organisation; another branch's answers "not found", exactly like a missing one. */
    public Organisation find(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || !caller.sees(id)) {
            throw BusinessException.notFound(Text.ORGANISATION_NOT_FOUND);
        }
        return organisation;
    }

    @RolesAllowed("ADMIN")
    public Organisation create(OrganisationForm form) {
        validator.check(form);
        Organisation parent = find(form.parentId());
        Organisation organisation = new Organisation(parent, form.kind(), form.fullName(), form.shortName(),
                zone(form.timeZone()), blankToNull(form.email()), blankToNull(form.address()));
        em.persist(organisation);
        em.flush();
        created.fire(new OrganisationCreated(organisation.getId()));
        LOG.info(() -> "Organisation " + organisation.getId() + " created under " + parent.getId()
                + " by " + caller.get().getLogin());
        return organisation;
    }

    /** Changes the description; the place in the tree is fixed once documents may refer to it. */
    @RolesAllowed("ADMIN")
    public Organisation update(long id, OrganisationForm form, long expectedVersion) {
        validator.check(form);
        Organisation organisation = find(id);
        if (organisation.getVersion() != expectedVersion) {
            throw BusinessException.conflict(Text.ORGANISATION_CHANGED);
        }
        organisation.describe(form.kind(), form.fullName(), form.shortName(), zone(form.timeZone()),
                blankToNull(form.email()), blankToNull(form.address()));
        LOG.info(() -> "Organisation " + id + " changed by " + caller.get().getLogin());
        return organisation;
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException | NullPointerException e) {
            throw BusinessException.invalid("timeZone", Text.ORGANISATION_TIME_ZONE_UNKNOWN, id);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
