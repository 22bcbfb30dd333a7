-- Organisations (the tenants), people, their roles in each organisation,
-- sign-in support tables and the hash-chained audit log.

create table organisation (
    id             uuid                     not null primary key,
    kind           varchar(30)              not null,
    name           varchar(200)             not null,
    -- lower-cased name: two organisations may not share a name, whatever its case
    name_key       varchar(200)             not null,
    charity_number varchar(20),
    company_number varchar(20),
    contact_email  varchar(320),
    contact_phone  varchar(40),
    address        varchar(500),
    website        varchar(300),
    description    varchar(2000),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        int                      not null,
    constraint organisation_kind_ck check (kind in ('COMMISSIONING_BODY', 'PROVIDER', 'PARTNERSHIP')),
    constraint organisation_name_uq unique (name_key)
);

create table organisation_area_of_work (
    organisation_id uuid        not null references organisation (id) on delete cascade,
    area            varchar(60) not null,
    primary key (organisation_id, area)
);

-- A partnership's members are other organisations; exactly one of them leads.
create table partnership_member (
    partnership_id uuid                     not null references organisation (id) on delete cascade,
    member_id      uuid                     not null references organisation (id),
    lead           boolean                  not null,
    joined_at      timestamp with time zone not null,
    primary key (partnership_id, member_id),
    constraint partnership_member_not_self_ck check (partnership_id <> member_id)
);

create table person (
    id                uuid                     not null primary key,
    email             varchar(320)             not null,
    email_key         varchar(320)             not null,
    display_name      varchar(200)             not null,
    password_hash     varchar(200),
    email_verified_at timestamp with time zone,
    active            boolean                  not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           int                      not null,
    constraint person_email_uq unique (email_key)
);

-- Single sign-on identities (OIDC issuer + subject) linked to a person.
create table person_identity (
    issuer     varchar(500)             not null,
    subject    varchar(255)             not null,
    person_id  uuid                     not null references person (id) on delete cascade,
    created_at timestamp with time zone not null,
    primary key (issuer, subject)
);

create table membership (
    person_id       uuid                     not null references person (id) on delete cascade,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    role            varchar(40)              not null,
    granted_at      timestamp with time zone not null,
    granted_by      uuid,
    primary key (person_id, organisation_id, role)
);
create index membership_by_organisation on membership (organisation_id, role);

create table invitation (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    email           varchar(320)             not null,
    role            varchar(40)              not null,
    token_hash      varchar(64)              not null,
    invited_by      uuid                     not null references person (id),
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    accepted_at     timestamp with time zone,
    accepted_by     uuid,
    revoked_at      timestamp with time zone,
    constraint invitation_token_uq unique (token_hash)
);
create index invitation_by_organisation on invitation (organisation_id, created_at);

-- Single-use links sent by email (verify an address, reset a password). Only a hash of the token is kept.
create table account_token (
    token_hash varchar(64)              not null primary key,
    person_id  uuid                     not null references person (id) on delete cascade,
    purpose    varchar(30)              not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

-- Failed sign-ins per e-mail address, shared by all nodes so throttling holds behind a load balancer.
create table sign_in_throttle (
    throttle_key     varchar(400)             not null primary key,
    failures         int                      not null,
    first_failure_at timestamp with time zone not null,
    blocked_until    timestamp with time zone
);

-- Append-only, hash-chained: each row's hash covers its content and the previous row's hash.
create table audit_event (
    seq             bigint                   not null primary key,
    occurred_at     timestamp with time zone not null,
    actor_id        uuid,
    actor_name      varchar(200)             not null,
    organisation_id uuid,
    action          varchar(60)              not null,
    entity_type     varchar(60)              not null,
    entity_id       varchar(100),
    summary         varchar(500)             not null,
    before_state    varchar(200000),
    after_state     varchar(200000),
    remote_address  varchar(64),
    prev_hash       varchar(64)              not null,
    hash            varchar(64)              not null
);
create index audit_event_by_organisation on audit_event (organisation_id, seq);
create index audit_event_by_actor on audit_event (actor_id, seq);

-- One row: the end of the chain. Locking it serialises appends across nodes.
create table audit_chain_head (
    id        int         not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
