-- Voting in participatory-budgeting processes: each process's ballot settings, who has voted, and the ballots,
-- kept apart so that no row links a ballot to a person (docs/decisions/0015-ballot-secrecy.md).

create table pb_ballot_settings (
    process_id             uuid        not null primary key references pb_process (id) on delete cascade,
    organisation_id        uuid        not null references organisation (id),
    ballot_type            varchar(20) not null,
    min_projects           int,
    max_projects           int,
    min_spend_percent      int,
    points                 int,
    max_points_per_project int,
    max_ranked             int,
    constraint pb_ballot_settings_type_ck check (ballot_type in ('APPROVAL', 'COST_LIMITED', 'CUMULATIVE', 'RANKING')),
    constraint pb_ballot_settings_projects_ck check (min_projects is null or max_projects is null
        or min_projects <= max_projects),
    constraint pb_ballot_settings_spend_ck check (min_spend_percent is null or min_spend_percent between 1 and 100),
    constraint pb_ballot_settings_points_ck check ((ballot_type = 'CUMULATIVE') = (points is not null))
);
insert into pb_ballot_settings (process_id, organisation_id, ballot_type)
    select id, organisation_id, 'APPROVAL' from pb_process;

-- Who has voted, online: one row per voter and process, keyed by an HMAC of the process and the person's id or
-- paper code under a server secret. No time, no name, no ballot.
create table pb_voter (
    process_id      uuid     not null references pb_process (id) on delete cascade,
    organisation_id uuid     not null references organisation (id),
    voter_key       char(64) not null,
    primary key (process_id, voter_key)
);

-- What was voted. owner_tag is a second HMAC (of the voter key, under the same secret) so that a voter's ballot can
-- be replaced inside the transaction that casts the new one; the unique index keeps one ballot per voter. Paper
-- ballots have no owner. receipt_id is the SHA-256 (hex) of the receipt code the voter keeps. choices lists
-- proposal numbers in the voter's order, with points after a colon for points ballots: "4,1,7" or "4:6,1:4".
create table pb_ballot (
    id              uuid          not null primary key,
    process_id      uuid          not null references pb_process (id) on delete cascade,
    organisation_id uuid          not null references organisation (id),
    channel         varchar(10)   not null,
    owner_tag       char(64),
    receipt_id      char(64)      not null,
    district_id     uuid references pb_district (id),
    choices         varchar(4000) not null,
    constraint pb_ballot_channel_ck check (channel in ('ONLINE', 'PAPER')),
    constraint pb_ballot_owner_ck check ((channel = 'ONLINE') = (owner_tag is not null)),
    constraint pb_ballot_receipt_uq unique (receipt_id)
);
create unique index pb_ballot_one_per_voter on pb_ballot (process_id, owner_tag);
create index pb_ballot_by_process on pb_ballot (organisation_id, process_id);

-- Paper ballot sheets as officers type them in: two independent entries by different officers; a supervisor's
-- third entry settles a mismatch. The sheet is counted (a pb_ballot row) only once two entries agree.
create table pb_paper_entry (
    id              uuid                     not null primary key,
    process_id      uuid                     not null references pb_process (id) on delete cascade,
    organisation_id uuid                     not null references organisation (id),
    sheet_number    int                      not null,
    entry           int                      not null,
    entered_by      uuid                     not null,
    entered_by_name varchar(200)             not null,
    district_id     uuid references pb_district (id),
    choices         varchar(4000)            not null,
    entered_at      timestamp with time zone not null,
    constraint pb_paper_entry_uq unique (process_id, sheet_number, entry),
    constraint pb_paper_entry_ck check (entry between 1 and 3 and sheet_number > 0)
);

-- A counted paper sheet and the ballot it became (one per sheet).
create table pb_paper_sheet (
    process_id      uuid not null references pb_process (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    sheet_number    int  not null,
    ballot_id       uuid not null references pb_ballot (id),
    primary key (process_id, sheet_number)
);
