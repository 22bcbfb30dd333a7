-- Outcomes frameworks (SPEC 2.2; seed 000's Planning chapter). A commission has one framework, kept as numbered
-- versions: a draft that commissioners edit, sent for review to a named co-production group whose members each agree
-- or object, and then agreed and locked. Changing an agreed framework starts a new draft copied from it; outcomes and
-- indicators carry a lineage id shared by their copies, so two versions can be compared outcome by outcome.
-- Organisation-wide templates are frameworks with no commission, which a commission can start from.

create table outcomes_framework (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    -- null for an organisation-wide template
    commission_id   uuid references commission (id) on delete cascade,
    title           varchar(200)             not null,
    purpose         varchar(4000),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint outcomes_framework_one_per_commission unique (commission_id)
);
create index outcomes_framework_by_organisation on outcomes_framework (organisation_id, commission_id);

-- A co-production group that reviews frameworks: people of the organisation in any role, citizen co-producers
-- included.
create table outcomes_review_group (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    name            varchar(200)             not null,
    name_key        varchar(200)             not null,
    purpose         varchar(4000),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         int                      not null,
    constraint outcomes_review_group_name unique (organisation_id, name_key)
);

create table outcomes_review_group_member (
    group_id        uuid         not null references outcomes_review_group (id) on delete cascade,
    organisation_id uuid         not null references organisation (id) on delete cascade,
    person_id       uuid         not null references person (id),
    display_name    varchar(200) not null,
    position        int          not null,
    primary key (group_id, person_id)
);

create table outcomes_framework_version (
    id                 uuid                     not null primary key,
    organisation_id    uuid                     not null references organisation (id) on delete cascade,
    framework_id       uuid                     not null references outcomes_framework (id) on delete cascade,
    number             int                      not null,
    status             varchar(20)              not null,
    -- the version this one was copied from, when it was
    based_on_number    int,
    note               varchar(4000),
    review_group_id    uuid references outcomes_review_group (id),
    review_group_name  varchar(200),
    created_at         timestamp with time zone not null,
    created_by_name    varchar(200)             not null,
    sent_for_review_at timestamp with time zone,
    agreed_at          timestamp with time zone,
    updated_at         timestamp with time zone not null,
    version            int                      not null,
    constraint outcomes_version_number unique (framework_id, number),
    constraint outcomes_version_number_ck check (number >= 1),
    constraint outcomes_version_status_ck check (status in ('DRAFT', 'IN_REVIEW', 'AGREED')),
    constraint outcomes_version_review_ck check (status = 'DRAFT' or review_group_name is not null),
    constraint outcomes_version_agreed_ck check ((status = 'AGREED') = (agreed_at is not null))
);
create index outcomes_version_by_framework on outcomes_framework_version (organisation_id, framework_id, number);

-- Each reviewer of a version, named when it was sent for review, and what they said.
create table outcomes_version_review (
    version_id      uuid                     not null references outcomes_framework_version (id) on delete cascade,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    person_id       uuid                     not null references person (id),
    display_name    varchar(200)             not null,
    position        int                      not null,
    decision        varchar(10),
    comment         varchar(4000),
    decided_at      timestamp with time zone,
    primary key (version_id, person_id),
    constraint outcomes_review_decision_ck check (decision is null or decision in ('AGREE', 'OBJECT')),
    constraint outcomes_review_objection_ck check (decision is null or decision = 'AGREE' or comment is not null),
    constraint outcomes_review_decided_ck check ((decision is null) = (decided_at is null))
);

-- An outcome in the words of the people it is for, with a professional wording and its classification. Every
-- classification may be left open while a draft is being written; the guidance and the balance view show the gaps.
create table outcome (
    id                   uuid                     not null primary key,
    organisation_id      uuid                     not null references organisation (id) on delete cascade,
    version_id           uuid                     not null references outcomes_framework_version (id) on delete cascade,
    lineage_id           uuid                     not null,
    position             int                      not null,
    own_words            varchar(1000)            not null,
    professional_wording varchar(1000),
    level                varchar(20),
    value_type           varchar(20),
    wellbeing_element    varchar(30),
    prevention_level     varchar(20),
    intervention_pathway varchar(20),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              int                      not null,
    constraint outcome_lineage_once unique (version_id, lineage_id),
    constraint outcome_level_ck check (level is null or level in ('SERVICE', 'COMMUNITY')),
    constraint outcome_value_type_ck check (value_type is null or value_type in ('USER', 'SOCIAL', 'ECONOMIC')),
    constraint outcome_wellbeing_ck check (wellbeing_element is null or wellbeing_element in ('EXTERNAL_CONDITIONS',
        'PERSONAL_RESOURCES', 'AUTONOMY', 'COMPETENCE', 'RELATEDNESS', 'GOOD_FEELINGS')),
    constraint outcome_prevention_ck check (prevention_level is null
        or prevention_level in ('DOWNSTREAM', 'MIDSTREAM', 'UPSTREAM')),
    constraint outcome_pathway_ck check (intervention_pathway is null
        or intervention_pathway in ('PREVENTION', 'DETECTION', 'TREATMENT', 'REHABILITATION'))
);
create index outcome_by_version on outcome (organisation_id, version_id, position);

create table outcome_five_way (
    outcome_id      uuid        not null references outcome (id) on delete cascade,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    way             varchar(20) not null,
    primary key (outcome_id, way),
    constraint outcome_five_way_ck check (way in ('CONNECT', 'BE_ACTIVE', 'TAKE_NOTICE', 'KEEP_LEARNING', 'GIVE'))
);

create table outcome_bottom_line (
    outcome_id      uuid        not null references outcome (id) on delete cascade,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    line            varchar(20) not null,
    primary key (outcome_id, line),
    constraint outcome_bottom_line_ck check (line in ('SOCIAL', 'ENVIRONMENTAL', 'ECONOMIC'))
);

-- Who shaped an outcome's wording, by kind of participant (the co-production record's kinds).
create table outcome_shaped_by (
    outcome_id      uuid        not null references outcome (id) on delete cascade,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    kind            varchar(30) not null,
    primary key (outcome_id, kind),
    constraint outcome_shaped_by_ck check (kind in ('PROFESSIONAL', 'PROVIDER', 'PERSON_USING_SERVICES', 'CARER',
        'COMMUNITY_MEMBER', 'ELECTED_MEMBER'))
);

create table outcome_indicator (
    id                 uuid                     not null primary key,
    organisation_id    uuid                     not null references organisation (id) on delete cascade,
    outcome_id         uuid                     not null references outcome (id) on delete cascade,
    -- the outcome's version, kept here so a version's indicators are read in one query
    version_id         uuid                     not null references outcomes_framework_version (id) on delete cascade,
    lineage_id         uuid                     not null,
    position           int                      not null,
    name               varchar(200)             not null,
    definition         varchar(4000),
    unit               varchar(100),
    direction          varchar(20)              not null,
    baseline           numeric(19, 4),
    target             numeric(19, 4),
    data_source        varchar(500),
    frequency          varchar(20),
    kind               varchar(20)              not null,
    measurement_method varchar(30)              not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            int                      not null,
    constraint outcome_indicator_lineage_once unique (version_id, lineage_id),
    constraint outcome_indicator_direction_ck check (direction in ('INCREASE', 'DECREASE', 'MAINTAIN')),
    constraint outcome_indicator_frequency_ck check (frequency is null or frequency in ('MONTHLY', 'QUARTERLY',
        'TWICE_A_YEAR', 'ANNUALLY', 'END_OF_CONTRACT')),
    constraint outcome_indicator_kind_ck check (kind in ('OUTCOME', 'OUTPUT', 'PROXY')),
    constraint outcome_indicator_method_ck check (measurement_method in ('SURVEY', 'WELLBEING_SCALE',
        'ADMINISTRATIVE_DATA', 'CASE_STUDY', 'OBSERVATION', 'PEER_RESEARCH', 'FOCUS_GROUP', 'OTHER'))
);
create index outcome_indicator_by_version on outcome_indicator (organisation_id, version_id, outcome_id, position);
