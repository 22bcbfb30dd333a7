package org.tandem.platform.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * An email template in GOV.UK Notify style: the first line is {@code Subject: ...}, the rest is the body, and
 * {@code ((name))} marks where personalisation goes. A placeholder without a value is an error, never a blank.
 */
record MailTemplate(String name, String subject, String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\(\\(([a-z_]+)\\)\\)");

    static MailTemplate load(String name) {
        if (!name.matches("[a-z-]+")) {
            throw new IllegalArgumentException("Not a template name: " + name);
        }
        try {
            String text = new ClassPathResource("mail/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8);
            int newline = text.indexOf('\n');
            String first = text.substring(0, newline).strip();
            if (!first.startsWith("Subject:")) {
                throw new IllegalStateException("Template " + name + " must start with a Subject: line");
            }
            return new MailTemplate(name, first.substring("Subject:".length()).strip(), text.substring(newline + 1).strip());
        } catch (IOException e) {
            throw new IllegalArgumentException("No email template called " + name, e);
        }
    }

    Rendered render(Map<String, String> personalisation) {
        return new Rendered(fill(subject, personalisation), fill(body, personalisation));
    }

    private String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Template " + name + " needs ((" + matcher.group(1) + "))");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    record Rendered(String subject, String body) {
    }
}
