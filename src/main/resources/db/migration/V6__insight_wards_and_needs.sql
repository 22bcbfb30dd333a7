-- Places and needs that the Insight phase is organised around.
-- Wards: the areas an organisation works in (a council's electoral wards, an NHS board's localities).
-- Needs: what the needs assessment found, each with a priority, so current provision can be set against them.

create table ward (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    code            varchar(20)              not null,
    name            varchar(100)             not null,
    created_at      timestamp with time zone not null,
    constraint ward_code_uq unique (organisation_id, code)
);

create table need (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    commission_id   uuid,
    title           varchar(200)             not null,
    description     varchar(4000),
    priority        varchar(10)              not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         int                      not null,
    constraint need_priority_ck check (priority in ('HIGH', 'MEDIUM', 'LOW'))
);
create index need_by_organisation on need (organisation_id, commission_id);

create table need_ward (
    need_id uuid not null references need (id) on delete cascade,
    ward_id uuid not null references ward (id) on delete cascade,
    primary key (need_id, ward_id)
);
