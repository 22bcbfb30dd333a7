-- A process whose areas have budgets of their own is counted area by area (issue 6): each area's projects against
-- its own budget, by the voters of that area. Each area's ballots are kept as the Pabulib file that area was counted
-- from, byte for byte, so anyone can download one and recount that area. The whole file stays in pb_count, for
-- checking receipts.

create table pb_count_area (
    count_id        uuid         not null references pb_count (id) on delete cascade,
    organisation_id uuid         not null references organisation (id),
    position        int          not null,
    name            varchar(200) not null,
    file_name       varchar(255) not null,
    ballots         bytea        not null,
    ballots_sha256  varchar(64)  not null,
    primary key (count_id, position)
);
