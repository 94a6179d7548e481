import os from "node:os"
import path from "node:path"
import { mailboxDirectory, readMailConfig } from "../mail-config"

describe("mailboxDirectory", () => {
  it("is $BOOKSHOP_DATA_DIR/mail when the data dir is set (npm start always sets it)", () => {
    expect(mailboxDirectory({ BOOKSHOP_DATA_DIR: "/data" }, "/repo/backend")).toBe("/data/mail")
    expect(mailboxDirectory({ BOOKSHOP_DATA_DIR: "shop-data" }, "/repo/backend")).toBe("/repo/backend/shop-data/mail")
  })

  it("falls back to the repository's .data/mail from the backend or its build directory", () => {
    expect(mailboxDirectory({}, "/repo/backend")).toBe("/repo/.data/mail")
    expect(mailboxDirectory({}, "/repo/backend/.medusa/server")).toBe("/repo/.data/mail")
  })

  it("never writes a test run's mail into a developer's mailbox", () => {
    expect(mailboxDirectory({ NODE_ENV: "test" }, "/repo/backend")).toBe(path.join(os.tmpdir(), "bookshop-test-mail"))
  })
})

describe("readMailConfig", () => {
  it("uses the mailbox and a default sender with nothing set", () => {
    expect(readMailConfig({ BOOKSHOP_DATA_DIR: "/d" }, "/")).toEqual({
      transport: "mailbox",
      directory: "/d/mail",
      from: "Wellred Books <orders@localhost>",
    })
  })

  it("uses SMTP when SMTP_URL is set", () => {
    expect(readMailConfig({ SMTP_URL: "smtp://localhost:2525", MAIL_FROM: " Shop <a@b.c> " }, "/")).toEqual({
      transport: "smtp",
      smtpUrl: "smtp://localhost:2525",
      from: "Shop <a@b.c>",
    })
  })
})
