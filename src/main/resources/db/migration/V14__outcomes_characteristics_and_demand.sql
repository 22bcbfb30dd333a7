-- Planning: how the service should be provided, and how much of a need must be commissioned at all.
-- Quality characteristics (seed 000, Boxes O and P): the principles that guide how services are provided, each in
-- the words of the people who will use the service and in a professional wording; later the tender's criteria.
-- Demand views (seed 002, Figure 1, the Public Value Model): for a need, the level politicians recognise, how much
-- of it behaviour change and co-production are expected to meet, and so how much must be commissioned.

create table quality_characteristic (
    id                 uuid                     not null primary key,
    organisation_id    uuid                     not null references organisation (id) on delete cascade,
    commission_id      uuid                     not null references commission (id) on delete cascade,
    position           int                      not null,
    name               varchar(200)             not null,
    -- unique per commission whatever the case or spacing, so "Co-produced" cannot appear twice
    name_key           varchar(200)             not null,
    users_words        varchar(2000),
    professional_words varchar(2000),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            int                      not null,
    constraint quality_characteristic_name_uq unique (commission_id, name_key)
);
create index quality_characteristic_by_commission on quality_characteristic (organisation_id, commission_id, position);

create table demand_view (
    id                   uuid                     not null primary key,
    organisation_id      uuid                     not null references organisation (id) on delete cascade,
    commission_id        uuid                     not null references commission (id) on delete cascade,
    need_id              uuid                     not null references need (id) on delete cascade,
    measure              varchar(20)              not null,
    recognised           numeric(16, 2)           not null,
    behaviour_change     numeric(16, 2)           not null,
    co_production        numeric(16, 2)           not null,
    basis                varchar(2000),
    behaviour_change_how varchar(2000),
    co_production_how    varchar(2000),
    signed_off_by        varchar(200),
    signed_off_at_body   varchar(200),
    signed_off_on        date,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              int                      not null,
    constraint demand_view_need_uq unique (need_id),
    constraint demand_view_measure_ck check (measure in ('PEOPLE', 'POUNDS', 'HOURS', 'PLACES')),
    -- the parts never exceed the whole, so what must be commissioned is never negative
    constraint demand_view_parts_ck check (recognised >= 0 and behaviour_change >= 0 and co_production >= 0
        and behaviour_change + co_production <= recognised),
    -- a sign-off is whole or absent: who, at which body or meeting, and when
    constraint demand_view_sign_off_ck check ((signed_off_by is null and signed_off_at_body is null
        and signed_off_on is null) or (signed_off_by is not null and signed_off_at_body is not null
        and signed_off_on is not null))
);
create index demand_view_by_commission on demand_view (organisation_id, commission_id);
