import net from "node:net"
import type { Logger } from "@medusajs/framework/types"
import { SmtpNotificationService } from "../service"

type Received = { from: string; to: string[]; data: string }

/** Just enough of an SMTP server (RFC 5321, no TLS, no auth) to receive what nodemailer sends. */
function startSmtpServer(): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = []
  const server = net.createServer((socket) => {
    let buffer = ""
    let inData = false
    let current: Received = { from: "", to: [], data: "" }
    const reply = (line: string) => socket.write(`${line}\r\n`)
    reply("220 test.local ESMTP")
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8")
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n")
          if (end === -1) return
          current.data = buffer.slice(0, end)
          buffer = buffer.slice(end + 5)
          received.push(current)
          current = { from: "", to: [], data: "" }
          inData = false
          reply("250 OK queued")
          continue
        }
        const eol = buffer.indexOf("\r\n")
        if (eol === -1) return
        const line = buffer.slice(0, eol)
        buffer = buffer.slice(eol + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === "MAIL") current.from = line
        if (verb === "RCPT") current.to.push(line)
        if (verb === "DATA") inData = true
        if (verb === "EHLO" || verb === "HELO") reply("250 test.local")
        else if (verb === "DATA") reply("354 End data with <CR><LF>.<CR><LF>")
        else if (verb === "QUIT") {
          reply("221 Bye")
          socket.end()
        } else reply("250 OK")
      }
    })
  })
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      resolve({ port, received, close: () => new Promise((done) => server.close(() => done())) })
    })
  })
}

const logger = { info: () => undefined } as unknown as Logger

describe("SMTP notification provider", () => {
  it("delivers subject, HTML and text to the SMTP server from MAIL_FROM", async () => {
    const smtp = await startSmtpServer()
    try {
      const provider = new SmtpNotificationService(
        { logger },
        { url: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`, from: "Wellred Books <orders@wellred.example>" }
      )
      const result = await provider.send({
        to: "ada@example.com",
        channel: "email",
        template: "preorder-shipped",
        data: { order_number: 9, title: "In Defence of Lenin" },
      })
      expect(result.id).toMatch(/@/)
      expect(smtp.received).toHaveLength(1)
      const [mail] = smtp.received as [Received]
      expect(mail.from).toContain("<orders@wellred.example>")
      expect(mail.to).toEqual(["RCPT TO:<ada@example.com>"])
      expect(mail.data).toContain("Subject: Your copy of In Defence of Lenin is on its way")
      expect(mail.data).toContain("Content-Type: text/plain")
      expect(mail.data).toContain("Content-Type: text/html")
    } finally {
      await smtp.close()
    }
  })

  it("refuses a URL that is not smtp:// or smtps://", () => {
    expect(() => SmtpNotificationService.validateOptions({ url: "http://x", from: "a@b.c" })).toThrow(/smtp/)
  })
})
