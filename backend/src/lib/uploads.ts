import path from "node:path"

const TYPES: Record<string, string> = {
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".avif": "image/avif",
}

const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/

/**
 * Where an uploaded file lives and how to serve it, or undefined when the request must be a
 * 404: only plain file names (no "..", no hidden files, no separators) of image types.
 */
export function resolveUpload(
  uploadsDir: string,
  segments: readonly string[]
): { file: string; contentType: string } | undefined {
  if (segments.length === 0 || !segments.every((segment) => SAFE_SEGMENT.test(segment) && !segment.includes(".."))) {
    return undefined
  }
  const contentType = TYPES[path.extname(segments[segments.length - 1] ?? "").toLowerCase()]
  if (!contentType) return undefined
  const root = path.resolve(uploadsDir)
  const file = path.resolve(root, ...segments)
  return file.startsWith(root + path.sep) ? { file, contentType } : undefined
}
