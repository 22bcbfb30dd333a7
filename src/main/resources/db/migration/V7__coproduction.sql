-- The co-production record: every activity on a commission, who took part by kind (and by name where they are
-- named), the rung of the ladder of co-production it reached (NEF, Figure 14), the Co's it served (Loeffler and
-- Bovaird, Table 1), and an optional equalities profile of aggregate counts. Plus the commissioner's confirmation of
-- the commission's cell in Dorset's 3x3 involvement matrix.

create table coproduction_activity (
    id                uuid                     not null primary key,
    organisation_id   uuid                     not null references organisation (id),
    commission_id     uuid                     not null references commission (id) on delete cascade,
    held_on           date                     not null,
    phase             varchar(20)              not null,
    method            varchar(30)              not null,
    method_detail     varchar(200),
    title             varchar(200)             not null,
    purpose           varchar(4000)            not null,
    rung              varchar(20)              not null,
    decision_level    varchar(10)              not null,
    what_changed      varchar(4000),
    -- The sum of the participant counts, kept with the activity so lists sort by it.
    participant_total int                      not null,
    recorded_by       uuid,
    recorded_by_name  varchar(200)             not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           int                      not null,
    constraint coproduction_activity_phase_ck check (phase in ('INSIGHT', 'PLANNING', 'DELIVERY', 'REVIEW')),
    constraint coproduction_activity_method_ck check (method in ('WORKSHOP', 'APPRECIATIVE_INQUIRY', 'FOCUS_GROUP',
        'INTERVIEW', 'SURVEY', 'PEER_RESEARCH', 'VISIT', 'USER_LED_ASSESSMENT', 'MYSTERY_SHOPPING', 'PANEL',
        'BOARD_MEETING', 'PARTICIPATORY_BUDGETING', 'OTHER')),
    constraint coproduction_activity_other_ck check (method <> 'OTHER' or method_detail is not null),
    constraint coproduction_activity_rung_ck check (rung in ('COERCING', 'EDUCATING', 'INFORMING', 'CONSULTING',
        'ENGAGING', 'CO_DESIGNING', 'CO_PRODUCING')),
    constraint coproduction_activity_level_ck check (decision_level in ('MACRO', 'MICRO')),
    constraint coproduction_activity_total_ck check (participant_total >= 1)
);
create index coproduction_activity_by_commission on coproduction_activity (organisation_id, commission_id, held_on);

create table coproduction_participant_count (
    activity_id     uuid        not null references coproduction_activity (id) on delete cascade,
    organisation_id uuid        not null references organisation (id),
    kind            varchar(30) not null,
    participants    int         not null,
    primary key (activity_id, kind),
    constraint coproduction_participant_kind_ck check (kind in ('PROFESSIONAL', 'PROVIDER', 'PERSON_USING_SERVICES',
        'CARER', 'COMMUNITY_MEMBER', 'ELECTED_MEMBER')),
    constraint coproduction_participant_count_ck check (participants between 1 and 100000)
);

create table coproduction_mode (
    activity_id     uuid        not null references coproduction_activity (id) on delete cascade,
    organisation_id uuid        not null references organisation (id),
    mode            varchar(30) not null,
    primary key (activity_id, mode),
    constraint coproduction_mode_ck check (mode in ('CO_COMMISSIONING', 'CO_PLANNING', 'CO_PRIORITISATION',
        'CO_DESIGN', 'CO_DELIVERY', 'CO_ASSESSMENT'))
);

-- A named person is recognised across activities by person_key: "person:<id>" for people of the organisation,
-- "name:<letters>" for typed names (lower case, accents and punctuation dropped). Once per activity.
create table coproduction_named_person (
    activity_id     uuid         not null references coproduction_activity (id) on delete cascade,
    organisation_id uuid         not null references organisation (id),
    person_key      varchar(250) not null,
    person_id       uuid,
    display_name    varchar(200) not null,
    position        int          not null,
    primary key (activity_id, person_key)
);
create index coproduction_named_person_by_key on coproduction_named_person (organisation_id, person_key);

-- Aggregate counts only: no row here says anything about a named person.
create table coproduction_equality_count (
    activity_id     uuid        not null references coproduction_activity (id) on delete cascade,
    organisation_id uuid        not null references organisation (id),
    equality_group  varchar(40) not null,
    people          int         not null,
    primary key (activity_id, equality_group),
    constraint coproduction_equality_group_ck check (equality_group in ('AGE_UNDER_11', 'AGE_11_TO_15',
        'AGE_16_TO_18', 'AGE_19_TO_25', 'AGE_26_TO_64', 'AGE_65_AND_OVER', 'AGE_PREFER_NOT_TO_SAY', 'AGE_NOT_KNOWN',
        'DISABLED', 'NOT_DISABLED', 'DISABILITY_PREFER_NOT_TO_SAY', 'DISABILITY_NOT_KNOWN', 'ASIAN', 'BLACK', 'MIXED',
        'WHITE', 'OTHER_ETHNIC_GROUP', 'ETHNICITY_PREFER_NOT_TO_SAY', 'ETHNICITY_NOT_KNOWN')),
    constraint coproduction_equality_count_ck check (people between 1 and 100000)
);

-- One confirmation per commission; confirming again replaces it (the audit log keeps every one).
create table coproduction_matrix_confirmation (
    commission_id     uuid                     not null primary key references commission (id) on delete cascade,
    organisation_id   uuid                     not null references organisation (id),
    model             varchar(40)              not null,
    derived_model     varchar(40)              not null,
    reason            varchar(2000),
    confirmed_by      uuid                     not null,
    confirmed_by_name varchar(200)             not null,
    confirmed_at      timestamp with time zone not null,
    constraint coproduction_matrix_model_ck check (model in ('TRADITIONAL', 'USER_INVOLVEMENT_IN_PLANNING',
        'COMMISSIONED_BY_USERS', 'COMMUNITY_DELIVERY', 'FULL_CO_PRODUCTION', 'COMMUNITY_PLANNED', 'VOLUNTARISM',
        'COMMUNITY_DELIVERED', 'SELF_ORGANISING')),
    constraint coproduction_matrix_derived_ck check (derived_model in ('TRADITIONAL', 'USER_INVOLVEMENT_IN_PLANNING',
        'COMMISSIONED_BY_USERS', 'COMMUNITY_DELIVERY', 'FULL_CO_PRODUCTION', 'COMMUNITY_PLANNED', 'VOLUNTARISM',
        'COMMUNITY_DELIVERED', 'SELF_ORGANISING')),
    -- Setting another cell than the records show needs a reason.
    constraint coproduction_matrix_reason_ck check (model = derived_model or reason is not null)
);
