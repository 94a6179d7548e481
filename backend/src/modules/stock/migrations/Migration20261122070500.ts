import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122070500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "stock_movement" ("id" text not null, "variant_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "kind" text check ("kind" in ('goods_in', 'adjustment')) not null, "quantity" integer not null, "reference" text null, "reason" text null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_movement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_variant_id_created_at" ON "stock_movement" ("variant_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_movement_deleted_at" ON "stock_movement" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "stock_threshold" ("id" text not null, "variant_id" text not null, "threshold" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_threshold_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_threshold_variant_id_unique" ON "stock_threshold" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_threshold_deleted_at" ON "stock_threshold" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stock_movement" cascade;`);
    this.addSql(`drop table if exists "stock_threshold" cascade;`);
  }

}
