-- Implementation tracking (issue 6, item 6): every proposal a published count funds is followed until it is
-- delivered, with a stage, a percentage, the money spent and dated updates that anyone can read. Amounts are exact
-- pounds and pence.

-- A process whose results have been published: its public "what happened" pages exist from then on.
create table pb_tracked_process (
    process_id      uuid                     not null primary key references pb_process (id) on delete cascade,
    organisation_id uuid                     not null references organisation (id),
    published_at    timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);

create table pb_funded_project (
    id                  uuid                     not null primary key,
    organisation_id     uuid                     not null references organisation (id),
    process_id          uuid                     not null references pb_process (id) on delete cascade,
    proposal_id         uuid                     not null references pb_proposal (id) on delete cascade,
    -- The proposal's number in the process, so "project 4" is proposal 4 of the ballot.
    number              int                      not null,
    title               varchar(200)             not null,
    district_id         uuid references pb_district (id) on delete set null,
    allocated           numeric(14, 2)           not null,
    spent               numeric(14, 2)           not null,
    stage               varchar(20)              not null,
    -- Why the project is on hold, no longer funded, or went back a step: public.
    stage_reason        varchar(2000),
    -- The stage it had when a recount stopped funding it, restored if a later count funds it again.
    stage_before_drop   varchar(20),
    percent_complete    int                      not null,
    expected_completion date,
    lead_officer        varchar(200),
    delivered_by        varchar(200),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             int                      not null,
    constraint pb_funded_project_once unique (process_id, proposal_id),
    constraint pb_funded_project_stage_ck check (stage in ('NOT_STARTED', 'PLANNING', 'PROCURING', 'IN_DELIVERY',
        'COMPLETED', 'ON_HOLD', 'NO_LONGER_FUNDED')),
    constraint pb_funded_project_percent_ck check (percent_complete between 0 and 100),
    constraint pb_funded_project_completed_ck check (stage <> 'COMPLETED' or percent_complete = 100),
    constraint pb_funded_project_money_ck check (allocated >= 0 and spent >= 0),
    constraint pb_funded_project_reason_ck check (stage not in ('ON_HOLD', 'NO_LONGER_FUNDED')
        or stage_reason is not null)
);
create index pb_funded_project_by_process on pb_funded_project (organisation_id, process_id, number);

-- Dated updates, newest first on the pages. Never edited: an update can only be hidden, with a reason, and the
-- hiding is audited. Each records what it changed, so the history shows how the project moved.
create table pb_project_update (
    id               uuid                     not null primary key,
    organisation_id  uuid                     not null references organisation (id),
    project_id       uuid                     not null references pb_funded_project (id) on delete cascade,
    happened_on      date                     not null,
    note             varchar(4000),
    stage_before     varchar(20)              not null,
    stage_after      varchar(20)              not null,
    percent_before   int                      not null,
    percent_after    int                      not null,
    spent_before     numeric(14, 2)           not null,
    spent_after      numeric(14, 2)           not null,
    -- OFFICER (the update form or the API), SPREADSHEET (a CSV upload) or COUNT (a published count).
    source           varchar(20)              not null,
    posted_by        uuid,
    posted_by_name   varchar(200)             not null,
    posted_at        timestamp with time zone not null,
    hidden_at        timestamp with time zone,
    hidden_by_name   varchar(200),
    hidden_reason    varchar(2000),
    constraint pb_project_update_source_ck check (source in ('OFFICER', 'SPREADSHEET', 'COUNT')),
    constraint pb_project_update_hidden_ck check (hidden_at is null or hidden_reason is not null)
);
create index pb_project_update_by_project on pb_project_update (project_id, happened_on, posted_at);

-- Photos of an update, kept in the file store; the alt text describes each one for people who cannot see it.
create table pb_project_photo (
    id              uuid         not null primary key,
    organisation_id uuid         not null references organisation (id),
    update_id       uuid         not null references pb_project_update (id) on delete cascade,
    file_id         uuid         not null references stored_file (id),
    alt_text        varchar(300) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint       not null,
    position        int          not null
);
create index pb_project_photo_by_update on pb_project_photo (update_id, position);
