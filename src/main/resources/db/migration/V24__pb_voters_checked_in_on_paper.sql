-- A voter with a paper code can vote at a polling station instead of online: an officer types in the code from
-- their letter before handing over a ballot paper, and the register notes that this voter votes on paper. Any
-- ballot the code cast online is withdrawn then, and the code votes online no more, so each voter's ballot is only
-- ever one. The paper sheet itself stays anonymous: nothing links it to the code.
alter table pb_voter add column on_paper boolean default false not null;
