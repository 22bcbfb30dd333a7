-- The asset map (seed 000, "Mapping local assets", Figure 9 after Foot and Hopkins): what a community already has
-- beyond formal services, in six kinds, so that commissioners can build on it and residents and social prescribers
-- can find it. Assets belong to the organisation, not to one commission: one map serves every commission.

-- Wards get a version so that two people renaming the same ward do not overwrite each other.
alter table ward add column version int default 0 not null;

create table community_asset (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    asset_type      varchar(20)              not null,
    name            varchar(200)             not null,
    -- lower-cased name, for sorting the same way on H2 and PostgreSQL
    name_key        varchar(200)             not null,
    offers          varchar(4000)            not null,
    who_can_use     varchar(1000),
    contact_name    varchar(200),
    phone           varchar(30),
    email           varchar(320),
    website         varchar(500),
    address         varchar(500),
    -- normalised: upper case, one space before the inward code (MB5 2QT)
    postcode        varchar(8),
    ward_id         uuid references ward (id),
    opening_notes   varchar(500),
    latitude        numeric(8, 6),
    longitude       numeric(9, 6),
    published       boolean                  not null,
    published_at    timestamp with time zone,
    -- name, offers, who can use it, address, postcode and contact name, lower-cased once on save, so a search is one
    -- "like" per word instead of six lower() calls on every row
    search_key      varchar(6000)            not null,
    created_at      timestamp with time zone not null,
    created_by      uuid                     not null,
    updated_at      timestamp with time zone not null,
    version         int                      not null,
    constraint community_asset_type_ck check (asset_type in
        ('PEOPLE', 'ASSOCIATIONS', 'ORGANISATIONS', 'PHYSICAL', 'ECONOMIC', 'CULTURAL')),
    constraint community_asset_location_ck check ((latitude is null and longitude is null)
        or (latitude is not null and longitude is not null)),
    constraint community_asset_latitude_ck check (latitude between -90 and 90),
    constraint community_asset_longitude_ck check (longitude between -180 and 180),
    constraint community_asset_published_ck check (published = false or published_at is not null)
);
-- The public directory always asks for one organisation's published assets, by name; filters add ward or type.
create index community_asset_by_organisation on community_asset (organisation_id, published, name_key);
create index community_asset_by_ward on community_asset (organisation_id, ward_id, published);
create index community_asset_by_type on community_asset (organisation_id, asset_type, published);

-- Needs (from the needs assessment) an asset can help with.
create table community_asset_need (
    asset_id uuid not null references community_asset (id) on delete cascade,
    need_id  uuid not null references need (id) on delete cascade,
    primary key (asset_id, need_id)
);
create index community_asset_need_by_need on community_asset_need (need_id, asset_id);

-- Outcomes an asset contributes to. The outcomes framework is agreed in the Planning phase by a later module; its
-- migration adds the foreign key from outcome_id to its outcome table, and its service fills these rows.
create table community_asset_outcome (
    asset_id   uuid not null references community_asset (id) on delete cascade,
    outcome_id uuid not null,
    primary key (asset_id, outcome_id)
);

-- When an asset is open: any number of sessions a day (a centre open 10 to 12 and 6 to 9), in minutes from
-- midnight so the same SQL works everywhere. Days are ISO: 1 is Monday, 7 is Sunday.
create table community_asset_opening (
    asset_id      uuid not null references community_asset (id) on delete cascade,
    day_of_week   int  not null,
    opens_minute  int  not null,
    closes_minute int  not null,
    primary key (asset_id, day_of_week, opens_minute),
    constraint community_asset_opening_day_ck check (day_of_week between 1 and 7),
    constraint community_asset_opening_times_ck check (opens_minute >= 0 and closes_minute <= 1440
        and opens_minute < closes_minute)
);
create index community_asset_opening_by_day on community_asset_opening (day_of_week, asset_id);

-- What residents offer through the public form (seed 002: "what they are doing already and what they might be
-- willing to do"), with the consent they gave. Nothing here is public until an officer reviews it.
create table asset_pledge (
    id                   uuid                     not null primary key,
    organisation_id      uuid                     not null references organisation (id) on delete cascade,
    asset_type           varchar(20)              not null,
    name                 varchar(200)             not null,
    offers               varchar(4000)            not null,
    who_can_use          varchar(1000),
    ward_id              uuid references ward (id),
    postcode             varchar(8),
    when_available       varchar(500),
    pledger_name         varchar(200)             not null,
    pledger_email        varchar(320),
    pledger_phone        varchar(30),
    consent_contact      boolean                  not null,
    consent_listing      boolean                  not null,
    consent_show_contact boolean                  not null,
    -- the exact sentences the resident agreed to, as shown on the form, and which version of the form it was
    consent_wording      varchar(2000)            not null,
    consent_version      varchar(20)              not null,
    consented_at         timestamp with time zone not null,
    status               varchar(20)              not null,
    reviewed_by          uuid,
    reviewed_by_name     varchar(200),
    reviewed_at          timestamp with time zone,
    review_note          varchar(1000),
    asset_id             uuid references community_asset (id) on delete set null,
    created_at           timestamp with time zone not null,
    version              int                      not null,
    constraint asset_pledge_type_ck check (asset_type in
        ('PEOPLE', 'ASSOCIATIONS', 'ORGANISATIONS', 'PHYSICAL', 'ECONOMIC', 'CULTURAL')),
    constraint asset_pledge_status_ck check (status in ('WAITING', 'PUBLISHED', 'ADDED', 'DECLINED')),
    -- a pledge is only taken with agreement to be contacted about it, and only published with agreement to be listed
    constraint asset_pledge_contact_ck check (consent_contact = true),
    constraint asset_pledge_listing_ck check (status <> 'PUBLISHED' or consent_listing = true),
    constraint asset_pledge_show_contact_ck check (consent_show_contact = false or consent_listing = true),
    constraint asset_pledge_reachable_ck check (pledger_email is not null or pledger_phone is not null),
    constraint asset_pledge_reviewed_ck check (status = 'WAITING' or reviewed_at is not null)
);
create index asset_pledge_by_organisation on asset_pledge (organisation_id, status, created_at);
