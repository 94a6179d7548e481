/** The dev mailbox's admin API (GET /admin/mailbox, /admin/mailbox/:id) as TanStack Query hooks. */
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type MailboxSummary = {
  id: string
  created_at: string
  from: string
  to: string
  subject: string
  template: string | null
}

export type MailboxMessage = MailboxSummary & {
  html: string
  text: string
  data: Record<string, unknown> | null
}

export type MailboxList = {
  transport: "mailbox" | "smtp"
  from: string
  directory?: string
  messages: MailboxSummary[]
  count: number
  limit: number
  offset: number
}

export const mailboxKeys = {
  list: (limit: number, offset: number) => ["mailbox", "list", limit, offset] as const,
  message: (id: string) => ["mailbox", "message", id] as const,
}

export function useMailbox(limit: number, offset: number) {
  return useQuery({
    queryKey: mailboxKeys.list(limit, offset),
    queryFn: () => sdk.client.fetch<MailboxList>("/admin/mailbox", { query: { limit, offset } }),
    placeholderData: keepPreviousData,
  })
}

export function useMailboxMessage(id: string) {
  return useQuery({
    queryKey: mailboxKeys.message(id),
    queryFn: () => sdk.client.fetch<{ message: MailboxMessage }>(`/admin/mailbox/${encodeURIComponent(id)}`),
    retry: false,
  })
}

/** "22 Nov 2026, 06:30" in the staff member's locale and time zone. */
export function formatSentAt(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date)
}
