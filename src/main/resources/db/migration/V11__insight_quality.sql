-- The co-produced quality assessment of current services (seed 000, Box K: Islington's youth services). A round
-- belongs to a commission: quality areas written with young people, a rating guide per area, the services to visit,
-- assessor teams (two assessors with lived experience and one commissioner per visit), the visits' red/amber/green
-- ratings, the recommendation per service, the commissioner's decision and the provider's written response.

create table quality_round (
    id                uuid                     not null primary key,
    organisation_id   uuid                     not null references organisation (id) on delete cascade,
    commission_id     uuid                     not null references commission (id) on delete cascade,
    title             varchar(200)             not null,
    purpose           varchar(4000),
    visits_from       date                     not null,
    visits_until      date                     not null,
    status            varchar(20)              not null,
    -- the round's rule: how many red areas make a service red, how much amber makes it amber, and how several
    -- visits to one service combine per area
    red_areas         int                      not null,
    amber_threshold   varchar(20)              not null,
    visit_combination varchar(20)              not null,
    created_at        timestamp with time zone not null,
    created_by        uuid,
    updated_at        timestamp with time zone not null,
    version           int                      not null,
    constraint quality_round_status_ck check (status in ('DRAFT', 'VISITING', 'MODERATION', 'SHARED', 'CLOSED')),
    constraint quality_round_red_ck check (red_areas between 1 and 50),
    constraint quality_round_amber_ck check (amber_threshold in ('ANY', 'HALF_OR_MORE', 'MAJORITY')),
    constraint quality_round_combination_ck check (visit_combination in ('LOWEST', 'MOST_COMMON')),
    constraint quality_round_dates_ck check (visits_until >= visits_from)
);
create index quality_round_by_commission on quality_round (organisation_id, commission_id);

-- A quality area in young people's words, with what red, amber and green look like for it.
create table quality_area (
    id              uuid          not null primary key,
    organisation_id uuid          not null references organisation (id) on delete cascade,
    round_id        uuid          not null references quality_round (id) on delete cascade,
    position        int           not null,
    name            varchar(200)  not null,
    name_key        varchar(200)  not null,
    question        varchar(1000),
    green_guide     varchar(1000),
    amber_guide     varchar(1000),
    red_guide       varchar(1000),
    constraint quality_area_name_uq unique (round_id, name_key)
);
create index quality_area_by_round on quality_area (round_id, position);

-- The services a round visits, chosen from the organisation's baseline of current provision.
create table quality_round_service (
    round_id        uuid                     not null references quality_round (id) on delete cascade,
    service_id      uuid                     not null references funded_service (id) on delete cascade,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    added_at        timestamp with time zone not null,
    primary key (round_id, service_id)
);

create table quality_visit (
    id                uuid                     not null primary key,
    organisation_id   uuid                     not null references organisation (id) on delete cascade,
    round_id          uuid                     not null,
    service_id        uuid                     not null,
    visit_date        date                     not null,
    status            varchar(20)              not null,
    submitted_at      timestamp with time zone,
    submitted_by      uuid,
    submitted_by_name varchar(200),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           int                      not null,
    constraint quality_visit_service_fk foreign key (round_id, service_id)
        references quality_round_service (round_id, service_id) on delete cascade,
    constraint quality_visit_status_ck check (status in ('TO_DO', 'STARTED', 'SUBMITTED')),
    constraint quality_visit_submitted_ck check (status <> 'SUBMITTED' or submitted_at is not null)
);
create index quality_visit_by_round on quality_visit (round_id, service_id);

-- Who visits: people of the organisation, each marked as an assessor with lived experience (citizen co-producers and
-- panel members) or not, as their roles were when they joined the team.
create table quality_visit_assessor (
    visit_id         uuid         not null references quality_visit (id) on delete cascade,
    person_id        uuid         not null references person (id) on delete cascade,
    organisation_id  uuid         not null references organisation (id) on delete cascade,
    name             varchar(200) not null,
    lived_experience boolean      not null,
    commissioning    boolean      not null,
    primary key (visit_id, person_id)
);
create index quality_visit_assessor_by_person on quality_visit_assessor (organisation_id, person_id);

create table quality_rating (
    visit_id        uuid          not null references quality_visit (id) on delete cascade,
    area_id         uuid          not null references quality_area (id) on delete cascade,
    organisation_id uuid          not null references organisation (id) on delete cascade,
    rating          varchar(10),
    evidence        varchar(4000),
    quotes          varchar(4000),
    primary key (visit_id, area_id),
    constraint quality_rating_ck check (rating is null or rating in ('RED', 'AMBER', 'GREEN'))
);

-- A submitted visit opened again by a commissioner, and why.
create table quality_visit_reopening (
    id              uuid                     not null primary key,
    visit_id        uuid                     not null references quality_visit (id) on delete cascade,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    reason          varchar(2000)            not null,
    reopened_by     uuid,
    reopened_by_name varchar(200)            not null,
    reopened_at     timestamp with time zone not null
);
create index quality_visit_reopening_by_visit on quality_visit_reopening (visit_id, reopened_at);

-- The commissioner's decision on a service: the recommendation confirmed, or overridden with a reason.
create table quality_decision (
    id               uuid                     not null primary key,
    organisation_id  uuid                     not null references organisation (id) on delete cascade,
    round_id         uuid                     not null,
    service_id       uuid                     not null,
    recommended      varchar(10)              not null,
    decided          varchar(10)              not null,
    reason           varchar(2000),
    progress_by      date,
    decided_by       uuid,
    decided_by_name  varchar(200)             not null,
    decided_at       timestamp with time zone not null,
    constraint quality_decision_service_fk foreign key (round_id, service_id)
        references quality_round_service (round_id, service_id) on delete cascade,
    constraint quality_decision_uq unique (round_id, service_id),
    constraint quality_decision_recommended_ck check (recommended in ('RED', 'AMBER', 'GREEN')),
    constraint quality_decision_decided_ck check (decided in ('RED', 'AMBER', 'GREEN')),
    -- an override always says why; amber always says by when progress must show
    constraint quality_decision_reason_ck check (decided = recommended or reason is not null),
    constraint quality_decision_progress_ck check (decided <> 'AMBER' or progress_by is not null)
);

-- What the provider wrote back about its results, once they were shared.
create table quality_response (
    id                       uuid                     not null primary key,
    organisation_id          uuid                     not null references organisation (id) on delete cascade,
    decision_id              uuid                     not null references quality_decision (id) on delete cascade,
    provider_organisation_id uuid                     not null references organisation (id) on delete cascade,
    body                     varchar(4000)            not null,
    written_by               uuid,
    written_by_name          varchar(200)             not null,
    written_at               timestamp with time zone not null
);
create index quality_response_by_decision on quality_response (decision_id, written_at);
create index quality_response_by_provider on quality_response (provider_organisation_id);
