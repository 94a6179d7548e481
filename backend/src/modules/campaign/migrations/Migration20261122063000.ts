import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122063000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "campaign_page" ("id" text not null, "title" text not null, "slug" text not null, "summary" text null, "body" text not null default '', "hero_image_url" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "status" text check ("status" in ('draft', 'live', 'ended')) not null default 'draft', "discount_percent" integer null, "promotion_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_page_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_page_slug_unique" ON "campaign_page" ("slug") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_page_deleted_at" ON "campaign_page" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "campaign_title" ("id" text not null, "product_id" text not null, "position" integer not null, "campaign_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_title_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_title_campaign_id" ON "campaign_title" ("campaign_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_title_deleted_at" ON "campaign_title" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_title_campaign_product" ON "campaign_title" ("campaign_id", "product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "campaign_click" ("id" text not null, "book_handle" text null, "cart_id" text null, "campaign_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_click_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_click_campaign_id" ON "campaign_click" ("campaign_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_click_deleted_at" ON "campaign_click" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_campaign_click_campaign_created" ON "campaign_click" ("campaign_id", "created_at");`);

    this.addSql(`alter table if exists "campaign_title" add constraint "campaign_title_campaign_id_foreign" foreign key ("campaign_id") references "campaign_page" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table if exists "campaign_click" add constraint "campaign_click_campaign_id_foreign" foreign key ("campaign_id") references "campaign_page" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "campaign_title" drop constraint if exists "campaign_title_campaign_id_foreign";`);
    this.addSql(`alter table if exists "campaign_click" drop constraint if exists "campaign_click_campaign_id_foreign";`);
    this.addSql(`drop table if exists "campaign_click" cascade;`);
    this.addSql(`drop table if exists "campaign_title" cascade;`);
    this.addSql(`drop table if exists "campaign_page" cascade;`);
  }

}
