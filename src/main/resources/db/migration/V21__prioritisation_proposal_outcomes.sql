-- The outcomes a participatory-budgeting proposal says it helps with, chosen from the agreed version of the
-- commission's outcomes framework. The lineage is kept beside the outcome, so a proposal still counts towards the
-- same outcome after the framework is redrafted and agreed again (each version copies its outcomes under new ids).
-- No foreign key into the outcomes module's tables: each module owns its own, and the service checks the ids.

create table pb_proposal_outcome (
    proposal_id     uuid not null references pb_proposal (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    outcome_id      uuid not null,
    lineage_id      uuid not null,
    primary key (proposal_id, lineage_id)
);
create index pb_proposal_outcome_by_lineage on pb_proposal_outcome (organisation_id, lineage_id);
