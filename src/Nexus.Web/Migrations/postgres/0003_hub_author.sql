-- 0003: the author block a README names (imports keep it; exports write it back).
ALTER TABLE hubs ADD author_name character varying(200);
ALTER TABLE hubs ADD author_program character varying(200);
ALTER TABLE hubs ADD author_github character varying(2048);
ALTER TABLE hubs ADD author_profile_url character varying(2048);
ALTER TABLE hubs ADD author_email character varying(256);
