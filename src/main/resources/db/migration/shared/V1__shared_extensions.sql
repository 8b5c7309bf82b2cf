-- Extensions the modules rely on. On an external server they must already exist or the
-- migration user must be allowed to create them.
create extension if not exists ltree;
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists pgcrypto;
create extension if not exists btree_gist;
