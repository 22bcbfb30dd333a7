package org.tandem.outcomes.web;

/** A new template: its title and purpose, and optionally the framework version it copies. */
public record TemplateForm(String title, String purpose, String copyFrameworkId, Integer copyNumber) {

    static TemplateForm blank() {
        return new TemplateForm("", "", null, null);
    }
}
