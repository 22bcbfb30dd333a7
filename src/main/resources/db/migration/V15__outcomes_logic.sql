-- Theories of change (seed 000, Table 5): a logic model per outcome or per service, inputs -> activities -> outputs
-- -> outcomes, with the assumption and the evidence behind each link; and the outcomes review table (Table 6: an
-- outcome, the data collected on outputs, the source document), one per commission.

create table logic_model (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    commission_id   uuid                     not null references commission (id) on delete cascade,
    title           varchar(200)             not null,
    summary         varchar(2000),
    subject         varchar(20)              not null,
    -- a model of an outcome belongs to the framework version the outcome is in, and is locked once it is agreed
    outcome_id      uuid references outcome (id) on delete cascade,
    version_id      uuid references outcomes_framework_version (id) on delete cascade,
    -- a service in the baseline of current provision; no foreign key, so removing the baseline line keeps the model
    service_id      uuid,
    planned_service varchar(200),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         int                      not null,
    constraint logic_model_subject_ck check (
        (subject = 'OUTCOME' and outcome_id is not null and version_id is not null and service_id is null
            and planned_service is null)
        or (subject = 'CURRENT_SERVICE' and service_id is not null and outcome_id is null and version_id is null
            and planned_service is null)
        or (subject = 'PLANNED_SERVICE' and planned_service is not null and outcome_id is null and version_id is null
            and service_id is null))
);
create index logic_model_by_commission on logic_model (organisation_id, commission_id);

create table logic_step (
    id              uuid         not null primary key,
    organisation_id uuid         not null references organisation (id) on delete cascade,
    model_id        uuid         not null references logic_model (id) on delete cascade,
    stage           varchar(10)  not null,
    position        int          not null,
    text            varchar(300) not null,
    constraint logic_step_stage_ck check (stage in ('INPUT', 'ACTIVITY', 'OUTPUT', 'OUTCOME'))
);
create index logic_step_by_model on logic_step (model_id, stage, position);

-- A link always runs from one stage to the next; the assumption says why one leads to the other, and the evidence
-- is an evidence item of the needs evidence library, or words, or both.
create table logic_link (
    id               uuid          not null primary key,
    organisation_id  uuid          not null references organisation (id) on delete cascade,
    model_id         uuid          not null references logic_model (id) on delete cascade,
    from_step_id     uuid          not null references logic_step (id) on delete cascade,
    to_step_id       uuid          not null references logic_step (id) on delete cascade,
    assumption       varchar(2000),
    evidence_item_id uuid references evidence_item (id) on delete set null,
    evidence_text    varchar(2000),
    position         int           not null,
    constraint logic_link_once unique (from_step_id, to_step_id)
);
create index logic_link_by_model on logic_link (model_id, position);

create table outcome_review_row (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    commission_id   uuid                     not null references commission (id) on delete cascade,
    level           varchar(20)              not null,
    position        int                      not null,
    outcome         varchar(300)             not null,
    data_collected  varchar(2000),
    source_document varchar(300),
    created_at      timestamp with time zone not null,
    constraint outcome_review_level_ck check (level in ('SERVICE', 'COMMUNITY'))
);
create index outcome_review_by_commission on outcome_review_row (organisation_id, commission_id, level, position);
