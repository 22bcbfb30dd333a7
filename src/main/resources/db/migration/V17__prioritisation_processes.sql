-- Participatory budgeting (co-prioritisation, seed 002): a process with a budget, optional areas or categories with
-- budgets of their own, six dated phases, who may take part, and the proposals residents put forward. Amounts are
-- exact pounds and pence.

create table pb_process (
    id                 uuid                     not null primary key,
    organisation_id    uuid                     not null references organisation (id),
    commission_id      uuid references commission (id) on delete set null,
    title              varchar(200)             not null,
    description        varchar(4000)            not null,
    budget             numeric(14, 2)           not null,
    -- Who may take part: signed-in citizens, or anyone holding a single-use code posted on paper.
    eligibility        varchar(20)              not null,
    minimum_age        int,
    published          boolean                  not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            int                      not null,
    constraint pb_process_budget_ck check (budget > 0),
    constraint pb_process_eligibility_ck check (eligibility in ('SIGNED_IN', 'VERIFICATION_CODE')),
    constraint pb_process_age_ck check (minimum_age is null or minimum_age between 1 and 120)
);
create index pb_process_by_organisation on pb_process (organisation_id, created_at);

-- Dates are London calendar days, inclusive; the rules keep the six phases in order without overlapping.
create table pb_phase (
    process_id      uuid        not null references pb_process (id) on delete cascade,
    organisation_id uuid        not null references organisation (id),
    phase           varchar(30) not null,
    starts_on       date        not null,
    ends_on         date        not null,
    primary key (process_id, phase),
    constraint pb_phase_ck check (phase in ('PROPOSAL_COLLECTION', 'REVIEW_AND_COSTING', 'VOTING', 'COUNTING',
        'RESULTS', 'IMPLEMENTATION')),
    constraint pb_phase_dates_ck check (ends_on >= starts_on)
);

-- An area of the borough or a category of spending with a budget of its own, within the whole.
create table pb_district (
    id              uuid           not null primary key,
    process_id      uuid           not null references pb_process (id) on delete cascade,
    organisation_id uuid           not null references organisation (id),
    name            varchar(100)   not null,
    budget          numeric(14, 2) not null,
    position        int            not null,
    constraint pb_district_budget_ck check (budget > 0)
);
create index pb_district_by_process on pb_district (process_id, position);

-- Where residents who may take part live: ward names and postcodes or postcode districts (upper case, one space).
create table pb_eligible_area (
    process_id      uuid         not null references pb_process (id) on delete cascade,
    organisation_id uuid         not null references organisation (id),
    kind            varchar(10)  not null,
    area            varchar(100) not null,
    primary key (process_id, kind, area),
    constraint pb_eligible_area_kind_ck check (kind in ('WARD', 'POSTCODE'))
);

-- Paper verification codes, kept only as SHA-256 hashes: the codes themselves are shown once, for printing.
create table pb_verification_code (
    code_hash       char(64)                 not null primary key,
    process_id      uuid                     not null references pb_process (id) on delete cascade,
    organisation_id uuid                     not null references organisation (id),
    created_at      timestamp with time zone not null,
    used_at         timestamp with time zone
);
create index pb_verification_code_by_process on pb_verification_code (process_id);

create table pb_proposal (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id),
    process_id      uuid                     not null references pb_process (id) on delete cascade,
    -- Numbered from 1 within the process, so people can say "proposal 4".
    number          int                      not null,
    district_id     uuid references pb_district (id) on delete set null,
    title           varchar(200)             not null,
    description     varchar(4000)            not null,
    location        varchar(200),
    ward            varchar(100),
    estimated_cost  numeric(14, 2)           not null,
    proposer_id     uuid,
    proposer_name   varchar(200)             not null,
    proposer_email  varchar(320)             not null,
    status          varchar(20)              not null,
    feasibility     varchar(20)              not null,
    feasibility_note varchar(2000),
    final_cost      numeric(14, 2),
    cost_reason     varchar(2000),
    decision_reason varchar(2000),
    merged_into     uuid references pb_proposal (id),
    submitted_at    timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         int                      not null,
    constraint pb_proposal_number_uq unique (process_id, number),
    constraint pb_proposal_status_ck check (status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'MERGED')),
    constraint pb_proposal_feasibility_ck check (feasibility in ('NOT_ASSESSED', 'FEASIBLE', 'NOT_FEASIBLE')),
    constraint pb_proposal_cost_ck check (estimated_cost >= 0 and (final_cost is null or final_cost >= 0)),
    constraint pb_proposal_cost_reason_ck check (final_cost is null or cost_reason is not null),
    constraint pb_proposal_merge_ck check ((status = 'MERGED') = (merged_into is not null)),
    constraint pb_proposal_decision_ck check (status in ('SUBMITTED', 'MERGED') or decision_reason is not null)
);
create index pb_proposal_by_process on pb_proposal (organisation_id, process_id, number);
