package org.letterflow.organisation.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.letterflow.organisation.boundary.Users;
import org.letterflow.organisation.entity.Role;
import org.letterflow.organisation.entity.User;

/** What every page's frame shows: who is signed in, for which organisation, and sign-out. */
@Named
@RequestScoped
public class Shell {

    @Inject
    Users users;

    @Inject
    FacesContext faces;

    private User me;

    public User getMe() {
        if (me == null) {
            me = users.me();
        }
        return me;
    }

    public boolean has(String role) {
        return getMe().hasRole(Role.valueOf(role));
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
