import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122034020 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "contributor" drop constraint if exists "contributor_handle_unique";`);
    this.addSql(`create table if not exists "book" ("id" text not null, "subtitle" text null, "publication_date" timestamptz null, "publishing_status" text check ("publishing_status" in ('forthcoming', 'active', 'postponed', 'cancelled')) not null default 'active', "language" text not null default 'eng', "edition" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "book_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_book_deleted_at" ON "book" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "book_format" ("id" text not null, "format" text check ("format" in ('paperback', 'hardback', 'ebook')) not null, "pages" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "book_format_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_book_format_deleted_at" ON "book_format" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "contributor" ("id" text not null, "name" text not null, "handle" text not null, "bio" text null, "photo_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "contributor_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_contributor_handle_unique" ON "contributor" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contributor_deleted_at" ON "contributor" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "contribution" ("id" text not null, "role" text check ("role" in ('author', 'editor', 'translator', 'introduction')) not null, "position" integer not null, "book_id" text not null, "contributor_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "contribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contribution_book_id" ON "contribution" ("book_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contribution_contributor_id" ON "contribution" ("contributor_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_contribution_deleted_at" ON "contribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_contribution_book_contributor_role" ON "contribution" ("book_id", "contributor_id", "role") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "contribution" add constraint "contribution_book_id_foreign" foreign key ("book_id") references "book" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "contribution" add constraint "contribution_contributor_id_foreign" foreign key ("contributor_id") references "contributor" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "contribution" drop constraint if exists "contribution_book_id_foreign";`);

    this.addSql(`alter table if exists "contribution" drop constraint if exists "contribution_contributor_id_foreign";`);

    this.addSql(`drop table if exists "book" cascade;`);

    this.addSql(`drop table if exists "book_format" cascade;`);

    this.addSql(`drop table if exists "contributor" cascade;`);

    this.addSql(`drop table if exists "contribution" cascade;`);
  }

}
