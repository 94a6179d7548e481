import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MailboxNotificationService } from "./service"

/** Dev mailbox provider for the Notification Module (channel "email" when SMTP_URL is unset). */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [MailboxNotificationService],
})
