import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { emailContent } from "../../lib/mail/content"

export type SmtpProviderOptions = {
  /** SMTP_URL, e.g. smtps://user:password@smtp.example.com:465 */
  url: string
  /** MAIL_FROM, e.g. "Wellred Books <orders@wellred.example>" */
  from: string
}

type InjectedDependencies = { logger: Logger }

/** Sends e-mail over SMTP with nodemailer; active when SMTP_URL is set. */
export class SmtpNotificationService extends AbstractNotificationProviderService {
  static override identifier = "notification-smtp"

  private readonly options_: SmtpProviderOptions
  private readonly logger_: Logger
  private readonly transporter_: Transporter

  constructor({ logger }: InjectedDependencies, options: SmtpProviderOptions) {
    super()
    this.options_ = options
    this.logger_ = logger
    this.transporter_ = nodemailer.createTransport(options.url)
  }

  static override validateOptions(options: Record<string, unknown>): void {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP provider needs a `url` option (smtp:// or smtps://).")
    }
    if (typeof options.from !== "string" || !options.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP provider needs a `from` option.")
    }
  }

  override async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const content = emailContent(notification)
    const info = await this.transporter_.sendMail({
      from: notification.from || this.options_.from,
      to: notification.to,
      subject: content.subject,
      html: content.html || undefined,
      text: content.text || undefined,
    })
    this.logger_.info(`SMTP: "${content.subject}" to ${notification.to} accepted as ${info.messageId}`)
    return { id: info.messageId }
  }
}
