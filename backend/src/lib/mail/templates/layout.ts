import { escapeHtml } from "./escape"

export type RenderedEmail = { subject: string; html: string; text: string }

export const SHOP_NAME = "Wellred Books"

/**
 * The frame every reader e-mail shares: a plain, table-free HTML document with inline styles
 * (mail clients ignore style sheets). `title` is plain text; `bodyHtml` must already be escaped.
 */
export function htmlDocument(title: string, bodyHtml: string): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    "</head>",
    '<body style="margin:0;padding:24px;background:#f6f3ee;color:#1d1b19;font-family:Georgia,\'Times New Roman\',serif;line-height:1.5">',
    '<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px;border-top:4px solid #b3202a">',
    `<p style="margin:0 0 16px;font-weight:bold;color:#b3202a;letter-spacing:0.05em;text-transform:uppercase">${escapeHtml(SHOP_NAME)}</p>`,
    bodyHtml,
    `<p style="margin:24px 0 0;color:#6b655e;font-size:13px">${escapeHtml(SHOP_NAME)} · this message was sent because of an order placed with us.</p>`,
    "</div>",
    "</body>",
    "</html>",
  ].join("\n")
}

/** A paragraph of escaped text. */
export const para = (text: string) => `<p style="margin:0 0 12px">${escapeHtml(text)}</p>`

/** The plain-text version: paragraphs separated by blank lines, ending with the shop's name. */
export function textDocument(paragraphs: readonly string[]): string {
  return [...paragraphs, `— ${SHOP_NAME}`].join("\n\n") + "\n"
}
