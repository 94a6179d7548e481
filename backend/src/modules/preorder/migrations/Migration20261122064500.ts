import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122064500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "preorder_terms" ("id" text not null, "variant_id" text not null, "release_date" timestamptz not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "cap" integer null, "claimed_quantity" integer not null default 0, "previous_allow_backorder" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "preorder_terms_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_preorder_terms_variant_id_unique" ON "preorder_terms" ("variant_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_preorder_terms_deleted_at" ON "preorder_terms" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "preorder_line" ("id" text not null, "order_id" text not null, "line_item_id" text not null, "variant_id" text not null, "quantity" integer not null, "status" text check ("status" in ('pending', 'allocated', 'shipped', 'cancelled')) not null default 'pending', "allocated_at" timestamptz null, "shipped_at" timestamptz null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "preorder_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_preorder_line_line_item_id_unique" ON "preorder_line" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_preorder_line_variant_id_status_created_at" ON "preorder_line" ("variant_id", "status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_preorder_line_order_id" ON "preorder_line" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_preorder_line_deleted_at" ON "preorder_line" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "preorder_line" cascade;`);
    this.addSql(`drop table if exists "preorder_terms" cascade;`);
  }

}
