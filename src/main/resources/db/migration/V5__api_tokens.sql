-- Personal API tokens: integrations call /api/** as the person who created the token, without a browser session.
-- Only the SHA-256 of a token is kept, so a copy of the database cannot be used to call the API.
create table api_token (
    id           uuid                     not null primary key,
    person_id    uuid                     not null references person (id) on delete cascade,
    name         varchar(100)             not null,
    token_hash   varchar(64)              not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_token_hash_uq unique (token_hash)
);
create index api_token_by_person on api_token (person_id, created_at);
