package org.tandem.insight.evidence.web;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.insight.evidence.datasets.Dataset;
import org.tandem.insight.evidence.datasets.DatasetDetails;
import org.tandem.platform.SelfChecking;

/** A dataset's details as typed, and the CSV file chosen for it. */
public record DatasetForm(String title, String source, String description, MultipartFile file, Integer version)
        implements SelfChecking {

    static DatasetForm blank() {
        return new DatasetForm("", "", "", null, null);
    }

    static DatasetForm of(Dataset dataset) {
        return new DatasetForm(dataset.title(), dataset.source(), dataset.description(), null, dataset.version());
    }

    @Override
    public void check(Errors errors) {
        details().problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
        if (file == null || file.isEmpty()) {
            errors.rejectValue("file", "required", "Choose a CSV file to upload");
        }
    }

    DatasetDetails details() {
        return new DatasetDetails(title, source, description);
    }
}
