import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { OnixParseError } from "../../../lib/onix"
import { ShopNotReadyError } from "../../../workflows/import-onix/import-context"
import { runOnixImport } from "../../../workflows/import-onix/run-onix-import"
import { readUploadedFile } from "./read-upload"

/**
 * POST /admin/onix-imports — multipart/form-data with the ONIX 3.0 file in `file`. Runs the
 * same import as `npm run import:onix` and answers `{ file, summary }` (created, updated,
 * unchanged, failed, the failed records with RecordReference and reason, warnings). A missing
 * file or a malformed one is a 400 with the reason; nothing is written then.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const upload = await readUploadedFile(req)
  if (!upload) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'No file was uploaded: send the ONIX file as multipart/form-data in the field "file".')
  }
  try {
    const summary = await runOnixImport(req.scope, upload.text)
    res.json({ file: upload.name, summary })
  } catch (error) {
    if (error instanceof OnixParseError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${upload.name}: ${error.message}`)
    if (error instanceof ShopNotReadyError) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error.message)
    throw error
  }
}
