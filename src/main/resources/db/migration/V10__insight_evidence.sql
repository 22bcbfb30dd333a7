-- The needs evidence library of a commission (SPEC 2.1): quantitative datasets (indicator x area x period x value),
-- qualitative evidence items from NEF's research methods with quotes, attachments, gatherers, consent and tags,
-- and the co-produced risk register (Loeffler and Bovaird). Also the database-backed file store for attachments.
--
-- Each searchable table keeps search_text: its words lower-cased, rebuilt by Tandem on every change, and searched
-- with "like ... escape" so search works the same on H2 and PostgreSQL (docs/decisions/0010).

-- Files, kept in the database in chunks so they are written and read as streams on both databases.
create table stored_file (
    id              uuid                     not null primary key,
    organisation_id uuid                     not null references organisation (id) on delete cascade,
    name            varchar(200)             not null,
    content_type    varchar(100)             not null,
    size_bytes      bigint                   not null,
    sha256          varchar(64)              not null,
    chunk_count     int                      not null,
    stored_at       timestamp with time zone not null,
    constraint stored_file_size_ck check (size_bytes >= 0)
);
create index stored_file_by_organisation on stored_file (organisation_id);

create table stored_file_chunk (
    file_id  uuid  not null references stored_file (id) on delete cascade,
    position int   not null,
    data     bytea not null,
    primary key (file_id, position)
);

-- Quantitative datasets, such as the JSNA's youth indicators by ward.
create table evidence_dataset (
    id               uuid                     not null primary key,
    organisation_id  uuid                     not null references organisation (id) on delete cascade,
    commission_id    uuid                     not null references commission (id) on delete cascade,
    title            varchar(200)             not null,
    source           varchar(300)             not null,
    description      varchar(4000),
    file_name        varchar(200),
    row_count        int                      not null,
    search_text      varchar(16000)           not null,
    imported_by_name varchar(200)             not null,
    imported_at      timestamp with time zone not null,
    created_at       timestamp with time zone not null,
    version          int                      not null
);
create index evidence_dataset_by_commission on evidence_dataset (organisation_id, commission_id);

-- Indicators and periods are numbered in the order the file first names them, which is the order they are shown.
create table evidence_dataset_indicator (
    dataset_id      uuid         not null references evidence_dataset (id) on delete cascade,
    organisation_id uuid         not null,
    position        int          not null,
    name            varchar(200) not null,
    unit            varchar(40),
    primary key (dataset_id, position),
    constraint evidence_dataset_indicator_uq unique (dataset_id, name)
);

create table evidence_dataset_period (
    dataset_id      uuid        not null references evidence_dataset (id) on delete cascade,
    organisation_id uuid        not null,
    position        int         not null,
    label           varchar(40) not null,
    primary key (dataset_id, position),
    constraint evidence_dataset_period_uq unique (dataset_id, label)
);

-- One value per indicator, area and period. ward_id is null for the whole area.
create table evidence_dataset_row (
    dataset_id      uuid           not null references evidence_dataset (id) on delete cascade,
    organisation_id uuid           not null,
    row_number      int            not null,
    indicator_no    int            not null,
    period_no       int            not null,
    ward_id         uuid           references ward (id) on delete set null,
    area            varchar(100)   not null,
    figure          numeric(21, 6) not null,
    primary key (dataset_id, row_number)
);
create index evidence_dataset_row_by_indicator on evidence_dataset_row (dataset_id, indicator_no, period_no);

-- Qualitative evidence items.
create table evidence_item (
    id                 uuid                     not null primary key,
    organisation_id    uuid                     not null references organisation (id) on delete cascade,
    commission_id      uuid                     not null references commission (id) on delete cascade,
    title              varchar(200)             not null,
    method             varchar(30)              not null,
    gathered_on        date                     not null,
    participants       int,
    summary            varchar(4000)            not null,
    consent            varchar(20)              not null,
    consent_note       varchar(1000),
    quotes_publishable boolean                  not null,
    search_text        varchar(40000)           not null,
    created_by         uuid,
    created_by_name    varchar(200)             not null,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            int                      not null,
    constraint evidence_item_method_ck check (method in ('PEER_RESEARCH', 'ETHNOGRAPHY', 'APPRECIATIVE_INQUIRY',
        'ASSET_MAPPING', 'FOCUS_GROUP', 'DELIBERATIVE_WORKSHOP', 'SITE_VISIT', 'USER_LED_ASSESSMENT',
        'MYSTERY_SHOPPING', 'CASE_STUDY', 'INTERVIEWS', 'SURVEY')),
    constraint evidence_item_consent_ck check (consent in ('WRITTEN', 'WRITTEN_WITH_PARENT', 'SPOKEN',
        'NOT_NEEDED', 'NOT_RECORDED')),
    constraint evidence_item_participants_ck check (participants is null or participants >= 0)
);
create index evidence_item_by_commission on evidence_item (organisation_id, commission_id, gathered_on);

create table evidence_quote (
    id              uuid          not null primary key,
    item_id         uuid          not null references evidence_item (id) on delete cascade,
    organisation_id uuid          not null,
    position        int           not null,
    text            varchar(1000) not null,
    attribution     varchar(100),
    constraint evidence_quote_position_uq unique (item_id, position)
);

-- Who gathered an item: a person of the organisation (person_id) or a name as typed, such as a group.
create table evidence_gatherer (
    item_id         uuid         not null references evidence_item (id) on delete cascade,
    organisation_id uuid         not null,
    position        int          not null,
    person_id       uuid,
    name            varchar(200) not null,
    primary key (item_id, position)
);

create table evidence_item_tag (
    item_id         uuid        not null references evidence_item (id) on delete cascade,
    organisation_id uuid        not null,
    tag             varchar(40) not null,
    primary key (item_id, tag)
);
create index evidence_item_tag_by_tag on evidence_item_tag (organisation_id, tag);

create table evidence_item_need (
    item_id uuid not null references evidence_item (id) on delete cascade,
    need_id uuid not null references need (id) on delete cascade,
    primary key (item_id, need_id)
);
create index evidence_item_need_by_need on evidence_item_need (need_id);

create table evidence_attachment (
    id              uuid                     not null primary key,
    item_id         uuid                     not null references evidence_item (id) on delete cascade,
    organisation_id uuid                     not null,
    file_id         uuid                     not null references stored_file (id),
    name            varchar(200)             not null,
    content_type    varchar(100)             not null,
    size_bytes      bigint                   not null,
    added_by_name   varchar(200)             not null,
    added_at        timestamp with time zone not null
);
create index evidence_attachment_by_item on evidence_attachment (item_id);

-- The co-produced risk register: whose risk, benefits and disbenefits of taking it, and whether citizens accept it.
create table evidence_risk (
    id                   uuid                     not null primary key,
    organisation_id      uuid                     not null references organisation (id) on delete cascade,
    commission_id        uuid                     not null references commission (id) on delete cascade,
    title                varchar(200)             not null,
    description          varchar(4000),
    benefits             varchar(4000)            not null,
    disbenefits          varchar(4000)            not null,
    acceptance           varchar(30)              not null,
    acceptance_reasoning varchar(2000),
    acceptance_found_by  varchar(1000),
    likelihood           int                      not null,
    impact               int                      not null,
    score                int                      not null,
    mitigation           varchar(4000),
    owner                varchar(200),
    status               varchar(20)              not null,
    search_text          varchar(24000)           not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              int                      not null,
    constraint evidence_risk_acceptance_ck check (acceptance in ('ACCEPTED', 'ACCEPTED_WITH_CONDITIONS', 'DIVIDED',
        'NOT_ACCEPTED', 'NOT_YET_ASKED')),
    constraint evidence_risk_likelihood_ck check (likelihood between 1 and 5),
    constraint evidence_risk_impact_ck check (impact between 1 and 5),
    constraint evidence_risk_score_ck check (score = likelihood * impact),
    constraint evidence_risk_status_ck check (status in ('OPEN', 'MITIGATING', 'TAKEN', 'CLOSED'))
);
create index evidence_risk_by_commission on evidence_risk (organisation_id, commission_id, score);

create table evidence_risk_bearer (
    risk_id         uuid        not null references evidence_risk (id) on delete cascade,
    organisation_id uuid        not null,
    bearer          varchar(30) not null,
    primary key (risk_id, bearer),
    constraint evidence_risk_bearer_ck check (bearer in ('PEOPLE_USING_SERVICES', 'CARERS_AND_FAMILIES',
        'COMMUNITIES', 'PROVIDERS', 'STAFF_AND_VOLUNTEERS', 'COMMISSIONERS'))
);
