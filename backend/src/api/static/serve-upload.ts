import fs from "node:fs"
import path from "node:path"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { resolveUpload } from "../../lib/uploads"

/**
 * Uploaded files (covers) of the embedded default live in $BOOKSHOP_DATA_DIR/uploads, where
 * file-local writes them. Medusa's own /static handler looks in the build folder first; what
 * it does not find falls through to these routes.
 */
export async function serveUpload(req: MedusaRequest, res: MedusaResponse, segments: string[]) {
  const dataDir = process.env.BOOKSHOP_DATA_DIR
  const upload = dataDir ? resolveUpload(path.join(dataDir, "uploads"), segments) : undefined
  const stat = upload ? await fs.promises.stat(upload.file).catch(() => undefined) : undefined
  if (!upload || !stat?.isFile()) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No such file.")
  }
  res.set({
    "Content-Type": upload.contentType,
    "Content-Length": String(stat.size),
    "Cache-Control": "public, max-age=86400",
    "X-Content-Type-Options": "nosniff",
    // An SVG opened on its own must not run scripts.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  })
  fs.createReadStream(upload.file).pipe(res)
}
