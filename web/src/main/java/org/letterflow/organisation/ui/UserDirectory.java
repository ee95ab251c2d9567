package org.letterflow.organisation.ui;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.letterflow.organisation.boundary.Organisations;
import org.letterflow.organisation.boundary.UserForm;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.organisation.entity.Organisation;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;
import org.letterflow.platform.ui.ShowsProblems;
import org.primefaces.PrimeFaces;

/** Справочники → Пользователи: the users of the administrator's part of the tree and their roles. */
@Named
@ViewScoped
@ShowsProblems
public class UserDirectory implements Serializable {

    @Inject
    transient Users users;

    @Inject
    transient Organisations organisations;

    private List<User> all;
    private List<Organisation> organisationChoices;
    private Long editedId;
    private long editedVersion;
    private Long organisationId;
    private String login;
    private String fullName;
    private String shortName;
    private String position;
    private String email;
    private Role[] roles;
    private boolean active;
    private String password;

    @PostConstruct
    void load() {
        all = users.managed();
        organisationChoices = organisations.visible();
    }

    public void add() {
        editedId = null;
        editedVersion = 0;
        organisationId = users.me().getOrganisation().getId();
        login = fullName = shortName = position = email = password = null;
        roles = new Role[] {Role.EXECUTOR};
        active = true;
    }

    public void edit(User user) {
        User u = users.find(user.getId());
        editedId = u.getId();
        editedVersion = u.getVersion();
        organisationId = u.getOrganisation().getId();
        login = u.getLogin();
        fullName = u.getFullName();
        shortName = u.getShortName();
        position = u.getPosition();
        email = u.getEmail();
        roles = u.getRoles().toArray(Role[]::new);
        active = u.isActive();
        password = null;
    }

    public void save() {
        Set<Role> granted = roles == null || roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles));
        UserForm form = new UserForm(organisationId, login, fullName, shortName, position, email, granted, active,
                password);
        if (editedId == null) {
            users.create(form);
        } else {
            users.update(editedId, form, editedVersion);
        }
        load();
        PrimeFaces.current().executeScript("PF('userDialog').hide()");
    }

    public boolean isCreating() {
        return editedId == null;
    }

    public List<User> getAll() {
        return all;
    }

    public List<Organisation> getOrganisationChoices() {
        return organisationChoices;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
