-- Once the ballots cast in Tandem are counted, voting is over for good, so the owner tags that let a voter replace
-- their ballot are cleared: after that not even someone holding the server's secret can tell which voter cast which
-- ballot (docs/decisions/0015-ballot-secrecy.md). A process whose ballots are unlinked takes no more online ballots.

alter table pb_ballot drop constraint pb_ballot_owner_ck;
alter table pb_ballot add constraint pb_ballot_owner_ck check (channel = 'ONLINE' or owner_tag is null);

create table pb_ballots_unlinked (
    process_id      uuid                     not null primary key references pb_process (id) on delete cascade,
    organisation_id uuid                     not null references organisation (id),
    unlinked_at     timestamp with time zone not null
);
