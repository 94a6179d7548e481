import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

/** SMTP provider for the Notification Module (channel "email" when SMTP_URL is set). */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SmtpNotificationService],
})
