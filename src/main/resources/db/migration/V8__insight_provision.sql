-- The baseline of current provision (seed 000, Insight: "What is currently being provided? Who is providing it?
-- How is it being funded? What are the gaps in the system?"). A funded service belongs to the organisation, not to
-- one commission, so the same baseline is reused by every commission that sets provision against its needs.

create table funded_service (
    id                       uuid                     not null primary key,
    organisation_id          uuid                     not null references organisation (id) on delete cascade,
    name                     varchar(200)             not null,
    description              varchar(4000),
    provider_name            varchar(200)             not null,
    -- set when the provider is an organisation on Tandem, so its people can later see their own results
    provider_organisation_id uuid references organisation (id),
    client_group             varchar(40)              not null,
    -- a borough-wide service has no wards of its own: it is counted once, under "Borough-wide"
    borough_wide             boolean                  not null,
    -- the sum of the funding lines, kept here so lists can sort and filter by value
    annual_total             numeric(14, 2)           not null,
    contract_ends_on         date,
    people_reached_per_year  int,
    overlaps_and_gaps        varchar(4000),
    created_at               timestamp with time zone not null,
    created_by               uuid,
    updated_at               timestamp with time zone not null,
    version                  int                      not null,
    constraint funded_service_client_group_ck check (client_group in ('CHILDREN_AND_YOUNG_PEOPLE', 'YOUNG_CARERS',
        'FAMILIES', 'ADULTS', 'OLDER_PEOPLE', 'CARERS', 'DISABLED_PEOPLE', 'MENTAL_HEALTH', 'WHOLE_COMMUNITY')),
    constraint funded_service_total_ck check (annual_total >= 0),
    constraint funded_service_reach_ck check (people_reached_per_year is null or people_reached_per_year >= 0)
);
create index funded_service_by_organisation on funded_service (organisation_id, contract_ends_on);

-- Where the money comes from: one line per source, each with its yearly amount.
create table funded_service_funding (
    service_id    uuid           not null references funded_service (id) on delete cascade,
    position      int            not null,
    source        varchar(40)    not null,
    annual_amount numeric(14, 2) not null,
    primary key (service_id, position),
    constraint funded_service_funding_source_uq unique (service_id, source),
    constraint funded_service_funding_source_ck check (source in ('COUNCIL_CORE', 'PUBLIC_HEALTH_GRANT', 'NHS',
        'UK_SHARED_PROSPERITY_FUND', 'NATIONAL_LOTTERY', 'CHARITABLE_TRUST', 'GOVERNMENT_GRANT', 'OTHER')),
    constraint funded_service_funding_amount_ck check (annual_amount >= 0)
);
create index funded_service_funding_by_source on funded_service_funding (source);

create table funded_service_ward (
    service_id uuid not null references funded_service (id) on delete cascade,
    ward_id    uuid not null references ward (id) on delete cascade,
    primary key (service_id, ward_id)
);
create index funded_service_ward_by_ward on funded_service_ward (ward_id);

create table funded_service_need (
    service_id uuid not null references funded_service (id) on delete cascade,
    need_id    uuid not null references need (id) on delete cascade,
    primary key (service_id, need_id)
);
create index funded_service_need_by_need on funded_service_need (need_id);

-- What the provider says the service achieves, in the provider's words, in the order given.
create table funded_service_outcome (
    service_id uuid         not null references funded_service (id) on delete cascade,
    position   int          not null,
    outcome    varchar(500) not null,
    primary key (service_id, position)
);
