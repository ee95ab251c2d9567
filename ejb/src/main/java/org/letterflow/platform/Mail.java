package org.letterflow.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail through Jakarta Mail when an SMTP server is configured (LETTERFLOW_SMTP_HOST); without
 * one, nothing is sent and the in-application notices are all there is.
 */
@ApplicationScoped
public class Mail {

    private static final Logger LOG = Logger.getLogger(Mail.class.getName());

    @Inject
    @ConfigProperty(name = "letterflow.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "letterflow.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "letterflow.smtp.from", defaultValue = "letterflow@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "letterflow.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "letterflow.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "letterflow.smtp.starttls", defaultValue = "false")
    boolean starttls;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends one plain-text message; a failure is logged, not thrown: a reminder is not worth a rollback. */
    public boolean send(String to, String subject, String text) {
        if (!configured() || to == null || to.isBlank()) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "E-mail to " + to + " was not sent", e);
            return false;
        }
    }

    private Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", host.orElseThrow());
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        if (user.isPresent()) {
            p.put("mail.smtp.auth", "true");
            return Session.getInstance(p, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(p);
    }
}
