-- 0003: the author block a README names (imports keep it; exports write it back).
ALTER TABLE "hubs" ADD "author_name" TEXT NULL;
ALTER TABLE "hubs" ADD "author_program" TEXT NULL;
ALTER TABLE "hubs" ADD "author_github" TEXT NULL;
ALTER TABLE "hubs" ADD "author_profile_url" TEXT NULL;
ALTER TABLE "hubs" ADD "author_email" TEXT NULL;
