/**
 * ONIX 3.0 import, the pure half: XML → validated records → works. No database, no Medusa.
 *
 *   const { records } = parseOnix(xml)
 *   const works = groupIntoWorks(records.flatMap((r) => (r.ok ? [r.value] : [])))
 *   const problems = records.map(describeRejection).filter(Boolean)
 */
export { parseOnix, OnixParseError } from "./parse-onix"
export { groupIntoWorks, workKey } from "./group-works"
export { describeRejection, rejectDuplicateIsbns } from "./duplicates"
export { validateRecord } from "./validate-record"
export { checkIsbn13 } from "./isbn"
export { toPlainText } from "./plain-text"
export { formatFor, statusFor, roleFor, subjectSchemeFor, KNOWN_CURRENCIES } from "./code-lists"
export { slugify } from "../slug"
export type * from "./types"
