-- A commission is one commissioning exercise moving through the cycle
-- Insight -> Planning -> Delivery -> Review.

create table commission (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id),
    title           varchar(200)             not null,
    summary         varchar(4000),
    service_area    varchar(60)              not null,
    level           varchar(20)              not null,
    budget          numeric(14, 2)           not null,
    starts_on       date                     not null,
    ends_on         date                     not null,
    phase           varchar(20)              not null,
    created_at      timestamp with time zone not null,
    created_by      uuid                     not null,
    updated_at      timestamp with time zone not null,
    version         int                      not null,
    constraint commission_level_ck check (level in ('STRATEGIC', 'OPERATIONAL', 'INDIVIDUAL')),
    constraint commission_phase_ck check (phase in ('INSIGHT', 'PLANNING', 'DELIVERY', 'REVIEW')),
    constraint commission_budget_ck check (budget >= 0),
    constraint commission_dates_ck check (ends_on >= starts_on)
);
create index commission_by_organisation on commission (organisation_id, phase);

create table commission_partner (
    commission_id   uuid not null references commission (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    primary key (commission_id, organisation_id)
);
create index commission_partner_by_organisation on commission_partner (organisation_id);

create table commission_phase_change (
    id            uuid                     not null primary key,
    commission_id uuid                     not null references commission (id) on delete cascade,
    from_phase    varchar(20),
    to_phase      varchar(20)              not null,
    reason        varchar(2000),
    changed_by    uuid                     not null,
    changed_by_name varchar(200)           not null,
    changed_at    timestamp with time zone not null
);
create index commission_phase_change_by_commission on commission_phase_change (commission_id, changed_at);

create table commission_checklist_tick (
    commission_id uuid                     not null references commission (id) on delete cascade,
    item_key      varchar(60)              not null,
    note          varchar(1000),
    ticked_by     uuid                     not null,
    ticked_by_name varchar(200)            not null,
    ticked_at     timestamp with time zone not null,
    primary key (commission_id, item_key)
);
