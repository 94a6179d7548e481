import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { serveUpload } from "../../serve-upload"

export const AUTHENTICATE = false

export async function GET(req: MedusaRequest, res: MedusaResponse) {
  await serveUpload(req, res, [req.params.folder ?? "", req.params.name ?? ""])
}
