package org.tandem.platform.mail;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tandem.platform.Notifications;

/**
 * Sends Tandem's emails over SMTP once the change that caused them has been committed (so nobody is told about
 * something that was then rolled back). With no mail server configured, as in a demo, the email is written to the
 * log instead, links and all, so the journey can still be followed.
 */
@Service
class MailNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(MailNotifications.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String mailHost;
    private final String serviceUrl;

    MailNotifications(ObjectProvider<JavaMailSender> sender, @Value("${tandem.mail.from}") String from,
                      @Value("${spring.mail.host:}") String mailHost, @Value("${tandem.base-url}") String serviceUrl) {
        this.sender = sender;
        this.from = from;
        this.mailHost = mailHost;
        this.serviceUrl = serviceUrl;
    }

    @Override
    public void email(String to, String template, Map<String, String> personalisation) {
        Map<String, String> values = new HashMap<>(personalisation);
        values.putIfAbsent("service_url", serviceUrl);
        MailTemplate.Rendered message = MailTemplate.load(template).render(values);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(to, message);
                }
            });
        } else {
            send(to, message);
        }
    }

    private void send(String to, MailTemplate.Rendered message) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || mailHost.isBlank()) {
            log.info("No mail server configured; this email was not sent.\nTo: {}\nSubject: {}\n\n{}\n", to,
                    message.subject(), message.body());
            return;
        }
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(from);
        email.setTo(to);
        email.setSubject(message.subject());
        email.setText(message.body());
        try {
            mail.send(email);
        } catch (MailException e) {
            log.warn("Could not send '{}' to {}: {}", message.subject(), to, e.getMessage());
        }
    }
}
