-- Co-producing the outcomes framework (SPEC 2.2; seed 000's Planning chapter). A commissioner opens a draft version
-- for contributions, and may open it to anyone with an unguessable link. People suggest outcomes in their own words,
-- comment and endorse; facilitators record what workshops produced; commissioners merge contributions into outcomes
-- or decline them with a reason. Each merge keeps the outcome's lineage, so the trail follows the outcome into later
-- versions. Public contributions are held until a moderator shows them; hidden ones are kept, never deleted.

create table outcomes_contribution_call (
    version_id      uuid                     not null primary key
        references outcomes_framework_version (id) on delete cascade,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    framework_id    uuid                     not null references outcomes_framework (id) on delete cascade,
    commission_id   uuid                     not null references commission (id) on delete cascade,
    question        varchar(500)             not null,
    opened_at       timestamp with time zone not null,
    opened_by_name  varchar(200)             not null,
    closed_at       timestamp with time zone,
    -- set only while anyone with the link may contribute; a fresh one each time it is opened publicly
    public_token    varchar(64),
    public_since    timestamp with time zone,
    updated_at      timestamp with time zone not null,
    version         int                      not null,
    constraint outcomes_call_token unique (public_token),
    constraint outcomes_call_public_ck check ((public_token is null) = (public_since is null))
);
create index outcomes_call_by_organisation on outcomes_contribution_call (organisation_id, framework_id);

-- A workshop whose outputs were recorded as contributions, and the co-production activity it became.
create table outcomes_workshop (
    id                       uuid                     not null primary key,
    organisation_id          uuid                     not null references organisation (id) on delete cascade,
    version_id               uuid                     not null
        references outcomes_framework_version (id) on delete cascade,
    method                   varchar(30)              not null,
    held_on                  date                     not null,
    title                    varchar(200)             not null,
    notes                    varchar(4000),
    coproduction_activity_id uuid                     not null,
    recorded_by_name         varchar(200)             not null,
    created_at               timestamp with time zone not null,
    constraint outcomes_workshop_method_ck check (method in ('APPRECIATIVE_INQUIRY', 'WORLD_CAFE', 'PEER_RESEARCH',
        'FOCUS_GROUP', 'WORKSHOP'))
);
create index outcomes_workshop_by_version on outcomes_workshop (organisation_id, version_id, held_on);

create table outcomes_workshop_participants (
    workshop_id     uuid        not null references outcomes_workshop (id) on delete cascade,
    organisation_id uuid        not null references organisation (id) on delete cascade,
    kind            varchar(30) not null,
    number          int         not null,
    primary key (workshop_id, kind),
    constraint outcomes_workshop_kind_ck check (kind in ('PROFESSIONAL', 'PROVIDER', 'PERSON_USING_SERVICES',
        'CARER', 'COMMUNITY_MEMBER', 'ELECTED_MEMBER')),
    constraint outcomes_workshop_number_ck check (number between 1 and 100000)
);

create table outcomes_contribution (
    id                   uuid                     not null primary key,
    organisation_id      uuid                     not null references organisation (id) on delete cascade,
    version_id           uuid                     not null
        references outcomes_framework_version (id) on delete cascade,
    kind                 varchar(20)              not null,
    -- a comment is on an outcome of the version (its words kept as they were) or on another contribution
    on_outcome_id        uuid,
    on_outcome_words     varchar(1000),
    on_contribution_id   uuid references outcomes_contribution (id) on delete cascade,
    words                varchar(2000)            not null,
    route                varchar(10)              not null,
    person_id            uuid references person (id),
    -- the member's name, the name a member of the public gave, or null for someone who stayed anonymous
    name                 varchar(200),
    speaking_as          varchar(30)              not null,
    workshop_id          uuid references outcomes_workshop (id) on delete cascade,
    -- for public contributions: the browser it came from (for the limits) and the contributor's private link
    browser_key          varchar(64),
    receipt              varchar(64),
    visibility           varchar(10)              not null,
    moderation_reason    varchar(1000),
    moderated_at         timestamp with time zone,
    moderated_by_name    varchar(200),
    status               varchar(10)              not null,
    decision_reason      varchar(1000),
    decided_at           timestamp with time zone,
    decided_by_name      varchar(200),
    -- the outcome it was merged into, as it was then; the lineage follows that outcome into later versions
    outcome_id           uuid,
    outcome_lineage_id   uuid,
    outcome_words        varchar(1000),
    outcome_is_new       boolean,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              int                      not null,
    constraint outcomes_contribution_receipt unique (receipt),
    constraint outcomes_contribution_kind_ck check (kind in ('SUGGESTION', 'COMMENT')),
    constraint outcomes_contribution_on_ck check (kind = 'SUGGESTION' and on_outcome_id is null
        and on_contribution_id is null or kind = 'COMMENT' and (on_outcome_id is null) <> (on_contribution_id is null)),
    constraint outcomes_contribution_route_ck check (route in ('MEMBER', 'PUBLIC', 'WORKSHOP')),
    constraint outcomes_contribution_who_ck check (route = 'MEMBER' and person_id is not null
        or route = 'PUBLIC' and person_id is null and browser_key is not null and receipt is not null
        or route = 'WORKSHOP' and workshop_id is not null),
    constraint outcomes_contribution_as_ck check (speaking_as in ('PROFESSIONAL', 'PROVIDER', 'PERSON_USING_SERVICES',
        'CARER', 'COMMUNITY_MEMBER', 'ELECTED_MEMBER')),
    constraint outcomes_contribution_visibility_ck check (visibility in ('SHOWN', 'HELD', 'HIDDEN')),
    constraint outcomes_contribution_hidden_ck check (visibility <> 'HIDDEN' or moderation_reason is not null),
    constraint outcomes_contribution_status_ck check (status in ('OPEN', 'MERGED', 'DECLINED')),
    constraint outcomes_contribution_merged_ck check ((status = 'MERGED') = (outcome_lineage_id is not null)),
    constraint outcomes_contribution_decided_ck check ((status = 'OPEN') = (decided_at is null))
);
create index outcomes_contribution_by_version on outcomes_contribution (organisation_id, version_id, created_at);
create index outcomes_contribution_by_lineage on outcomes_contribution (organisation_id, outcome_lineage_id);
create index outcomes_contribution_by_browser on outcomes_contribution (browser_key, created_at);

-- One endorsement per person (or, in public, per browser) per item: an outcome of the version or a contribution.
create table outcomes_endorsement (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    version_id      uuid                     not null references outcomes_framework_version (id) on delete cascade,
    contribution_id uuid references outcomes_contribution (id) on delete cascade,
    outcome_id      uuid,
    person_id       uuid references person (id),
    browser_key     varchar(64),
    created_at      timestamp with time zone not null,
    constraint outcomes_endorsement_item_ck check ((contribution_id is null) <> (outcome_id is null)),
    constraint outcomes_endorsement_who_ck check ((person_id is null) <> (browser_key is null)),
    constraint outcomes_endorsement_person_contribution unique (contribution_id, person_id),
    constraint outcomes_endorsement_browser_contribution unique (contribution_id, browser_key),
    constraint outcomes_endorsement_person_outcome unique (outcome_id, person_id),
    constraint outcomes_endorsement_browser_outcome unique (outcome_id, browser_key)
);
create index outcomes_endorsement_by_version on outcomes_endorsement (organisation_id, version_id);
create index outcomes_endorsement_by_browser on outcomes_endorsement (browser_key, created_at);
