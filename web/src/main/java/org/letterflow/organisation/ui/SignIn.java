package org.letterflow.organisation.ui;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.letterflow.organisation.boundary.SignInMechanism;
import org.letterflow.platform.Text;

/** The sign-in page: login and password, then back to the page the person asked for. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String login;
    private String password;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(login, new Password(password))));
        switch (status) {
            case SUCCESS -> external.redirect(requestedPage(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object why = request.getAttribute(SignInMechanism.FAILURE);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        why == null ? Text.SIGN_IN_FAILED.format() : why.toString(), null));
                faces.validationFailed();
            }
        }
    }

    /** Only a page of this application, never an address someone smuggled in. */
    private static String requestedPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object page = session == null ? null : session.getAttribute(SignInMechanism.REQUESTED_PAGE);
        String home = request.getContextPath() + "/inbox.xhtml";
        if (page instanceof String path && path.startsWith(request.getContextPath() + "/")
                && !path.startsWith("//") && !path.contains("/api/")) {
            session.removeAttribute(SignInMechanism.REQUESTED_PAGE);
            return path;
        }
        return home;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
