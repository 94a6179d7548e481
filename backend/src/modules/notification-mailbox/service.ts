import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { emailContent } from "../../lib/mail/content"
import { writeMailboxMessage } from "../../lib/mail/mailbox"

export type MailboxProviderOptions = {
  /** Where messages are kept ($BOOKSHOP_DATA_DIR/mail; see src/lib/mail/mail-config.ts). */
  directory: string
  /** Sender shown on every message unless the notification sets its own. */
  from: string
}

type InjectedDependencies = { logger: Logger }

/**
 * The dev mailbox: instead of sending, keeps each e-mail as a file the admin's Mailbox page
 * lists, so a new user sees exactly what a reader would receive. Active when SMTP_URL is unset.
 */
export class MailboxNotificationService extends AbstractNotificationProviderService {
  static override identifier = "notification-mailbox"

  private readonly options_: MailboxProviderOptions
  private readonly logger_: Logger

  constructor({ logger }: InjectedDependencies, options: MailboxProviderOptions) {
    super()
    this.options_ = options
    this.logger_ = logger
  }

  static override validateOptions(options: Record<string, unknown>): void {
    if (typeof options.directory !== "string" || !options.directory) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The mailbox provider needs a `directory` option.")
    }
    if (typeof options.from !== "string" || !options.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The mailbox provider needs a `from` option.")
    }
  }

  override async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const content = emailContent(notification)
    const message = await writeMailboxMessage(this.options_.directory, {
      from: notification.from || this.options_.from,
      to: notification.to,
      subject: content.subject,
      html: content.html,
      text: content.text,
      template: notification.template ?? null,
      data: notification.data ?? null,
    })
    this.logger_.info(`Mailbox: "${message.subject}" to ${message.to} kept as ${message.id} (see Mailbox in Medusa Admin)`)
    return { id: message.id }
  }
}
