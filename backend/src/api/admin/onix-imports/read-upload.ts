/**
 * Reads one uploaded file from a multipart/form-data request with the platform's own parser
 * (`Response#formData`), as Medusa's product import reads its CSV with multer: into memory,
 * size-capped. Returns null when the form has no file in `field`.
 */
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024

export type Upload = { name: string; text: string }

async function readBody(req: MedusaRequest, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk
    size += buffer.length
    if (size > limit) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The upload is larger than ${Math.round(limit / 1024 / 1024)} MB; import a file this size with npm run import:onix instead.`)
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

export async function readUploadedFile(req: MedusaRequest, field = "file", limit = MAX_UPLOAD_BYTES): Promise<Upload | null> {
  const type = req.headers["content-type"] ?? ""
  if (!type.toLowerCase().startsWith("multipart/form-data")) return null
  const body = await readBody(req, limit)
  let form: FormData
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": type } }).formData()
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The upload is not a readable multipart/form-data body.")
  }
  const file = form.get(field)
  if (file === null || typeof file === "string") return null
  return { name: file.name || "upload.xml", text: await file.text() }
}
