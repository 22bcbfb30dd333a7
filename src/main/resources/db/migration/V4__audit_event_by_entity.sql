-- People see their own recent sign-ins on their account page: find a person's events without reading the whole log.
create index audit_event_by_entity on audit_event (entity_type, entity_id, seq);
