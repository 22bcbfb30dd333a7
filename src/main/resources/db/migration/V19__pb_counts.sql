-- The counts of participatory-budgeting processes (issue 6): the exact Pabulib file counted, the method, and the
-- result as it was worked out, so a results page never counts again when it is viewed. A count that is not yet
-- published is replaced by the next one; a published count is only replaced by a recount that is itself published
-- with a public reason.

create table pb_count (
    id                 uuid                     not null primary key,
    organisation_id    uuid                     not null references organisation (id),
    process_id         uuid                     not null references pb_process (id) on delete cascade,
    rule               varchar(20)              not null,
    utility            varchar(20)              not null,
    completion         varchar(10)              not null,
    -- The .pb file byte for byte, as downloaded by anyone who wants to recount it, and its SHA-256 in hex.
    file_name          varchar(255)             not null,
    ballots            bytea                    not null,
    ballots_sha256     varchar(64)              not null,
    voters             int                      not null,
    -- What the count found, as JSON: every project's outcome and both rules side by side.
    result             text                     not null,
    counted_by_id      uuid,
    counted_by_name    varchar(200)             not null,
    counted_at         timestamp with time zone not null,
    published_at       timestamp with time zone,
    published_by_name  varchar(200),
    publish_reason     varchar(2000),
    superseded_by      uuid references pb_count (id),
    superseded_at      timestamp with time zone,
    constraint pb_count_rule_ck check (rule in ('GREEDY', 'EQUAL_SHARES')),
    constraint pb_count_utility_ck check (utility in ('CARDINALITY', 'COST', 'POINTS')),
    constraint pb_count_completion_ck check (completion in ('NONE', 'ADD1'))
);
create index pb_count_by_process on pb_count (organisation_id, process_id, counted_at);

-- Each counted ballot by its voter id (for Tandem's ballots, the hash of the voter's receipt code), so "check my
-- receipt" is one indexed look-up however many people voted.
create table pb_count_ballot (
    count_id        uuid          not null references pb_count (id) on delete cascade,
    organisation_id uuid          not null references organisation (id),
    voter_id        varchar(200)  not null,
    vote            varchar(8000) not null,
    points          varchar(8000),
    primary key (count_id, voter_id)
);
