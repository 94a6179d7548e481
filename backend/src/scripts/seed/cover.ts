/**
 * Typographic demo covers: a title in a serif, the authors, the series and the Wellred name on a
 * coloured ground, as an SVG string. Pure and deterministic — the same input always gives the
 * same bytes — so the seed can generate covers offline and tests can pin them down.
 */

export type Palette = { background: string; foreground: string; accent: string }

export type CoverInput = {
  title: string
  subtitle?: string
  contributors: readonly string[]
  series?: string
  palette: Palette
}

/** Sober cloth-binding colours; every foreground/background pair has high contrast. */
export const PALETTES: readonly Palette[] = [
  { background: "#8c1c13", foreground: "#fdf6e3", accent: "#f2c14e" },
  { background: "#1d3557", foreground: "#f1faee", accent: "#e63946" },
  { background: "#2b2d42", foreground: "#edf2f4", accent: "#ef233c" },
  { background: "#f4ecd8", foreground: "#231f20", accent: "#b3261e" },
  { background: "#264d3b", foreground: "#f6f1e7", accent: "#e9b44c" },
  { background: "#3d2c5e", foreground: "#f7f3ea", accent: "#f28c28" },
  { background: "#111111", foreground: "#f5f0e6", accent: "#c8102e" },
  { background: "#d9a441", foreground: "#1b1b1b", accent: "#7a1712" },
]

/** A stable palette for a key (the title's handle): a string hash over PALETTES. */
export function paletteFor(key: string): Palette {
  let hash = 2166136261
  for (const char of key) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0
  return PALETTES[hash % PALETTES.length] as Palette
}

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }

/** Text made safe for SVG element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char)
}

/**
 * Greedy word wrap to at most `maxChars` characters a line. A single word longer than that
 * keeps a line of its own rather than being broken.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  return lines
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ""
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
}

export const COVER_WIDTH = 600
export const COVER_HEIGHT = 900
const MARGIN = 60
const TEXT_WIDTH = COVER_WIDTH - 2 * MARGIN
/** Average advance of a bold serif glyph as a share of the font size, generous for wide fallbacks. */
const SERIF_ADVANCE = 0.6
const TITLE_SIZES = [72, 60, 50, 42, 36] as const
const MAX_TITLE_LINES = 4
/** Author names are set in spaced capitals at 26 px: about 24 to a line. */
const NAME_CHARS = 24

const charsPerLine = (fontSize: number) => Math.floor(TEXT_WIDTH / (fontSize * SERIF_ADVANCE))

/** The largest title size at which the title fits in MAX_TITLE_LINES lines, and those lines. */
export function fitTitle(title: string): { fontSize: number; lines: string[] } {
  for (const fontSize of TITLE_SIZES) {
    const lines = wrapText(title, charsPerLine(fontSize))
    const longest = Math.max(...lines.map((l) => l.length))
    if (lines.length <= MAX_TITLE_LINES && longest <= charsPerLine(fontSize)) return { fontSize, lines }
  }
  const fontSize = TITLE_SIZES[TITLE_SIZES.length - 1] as number
  return { fontSize, lines: wrapText(title, charsPerLine(fontSize)) }
}

const SERIF = "Georgia, 'Times New Roman', Times, serif"

function textLines(lines: readonly string[], attrs: { y: number; size: number; lineHeight: number; extra?: string }): string {
  return lines
    .map((line, i) => {
      const y = Math.round(attrs.y + i * attrs.size * attrs.lineHeight)
      return `<text x="${COVER_WIDTH / 2}" y="${y}" font-size="${attrs.size}"${attrs.extra ?? ""}>${escapeXml(line)}</text>`
    })
    .join("")
}

/** The cover as a standalone SVG document (600 × 900, a 2:3 book proportion). */
export function renderCover({ title, subtitle, contributors, series, palette }: CoverInput): string {
  const { background, foreground, accent } = palette
  const heading = fitTitle(title)
  const titleTop = 230
  const titleBottom = titleTop + (heading.lines.length - 1) * heading.fontSize * 1.1
  const subtitleLines = subtitle ? wrapText(subtitle, charsPerLine(30)).slice(0, 3) : []
  const subtitleTop = titleBottom + 70
  const ruleY = Math.round((subtitleLines.length ? subtitleTop + (subtitleLines.length - 1) * 38 : titleBottom) + 50)
  const nameLines = wrapText(joinNames(contributors).toUpperCase(), NAME_CHARS).slice(0, 3)

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}" width="${COVER_WIDTH}" height="${COVER_HEIGHT}" role="img">`,
    `<title>${escapeXml([title, subtitle].filter(Boolean).join(": "))}</title>`,
    `<rect width="${COVER_WIDTH}" height="${COVER_HEIGHT}" fill="${background}"/>`,
    `<rect x="24" y="24" width="${COVER_WIDTH - 48}" height="${COVER_HEIGHT - 48}" fill="none" stroke="${accent}" stroke-width="3"/>`,
    `<g fill="${foreground}" font-family="${SERIF}" text-anchor="middle">`,
    series ? textLines([series.toUpperCase()], { y: 110, size: 20, lineHeight: 1, extra: ` letter-spacing="4" fill="${accent}"` }) : "",
    textLines(heading.lines, { y: titleTop, size: heading.fontSize, lineHeight: 1.1, extra: ` font-weight="bold"` }),
    textLines(subtitleLines, { y: subtitleTop, size: 30, lineHeight: 1.25, extra: ` font-style="italic"` }),
    `<rect x="${COVER_WIDTH / 2 - 40}" y="${ruleY}" width="80" height="4" fill="${accent}"/>`,
    // The last line of names sits just above the publisher's band, however many lines there are.
    textLines(nameLines, { y: 740 - (nameLines.length - 1) * 35, size: 26, lineHeight: 1.35, extra: ` letter-spacing="2"` }),
    `</g>`,
    `<rect x="24" y="${COVER_HEIGHT - 120}" width="${COVER_WIDTH - 48}" height="96" fill="${foreground}"/>`,
    `<text x="${COVER_WIDTH / 2}" y="${COVER_HEIGHT - 62}" fill="${background}" font-family="${SERIF}" font-size="28" letter-spacing="8" text-anchor="middle">WELLRED BOOKS</text>`,
    `</svg>`,
  ]
  return parts.join("")
}
