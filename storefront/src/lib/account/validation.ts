/**
 * The account forms' rules, checked on the server before anything is sent to the backend (the
 * browser's own checks are a convenience, not a guarantee). Each check returns the cleaned
 * values and one reader-facing message per field that is wrong.
 */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>

export type Checked<Field extends string, Values> =
  | { ok: true; values: Values }
  | { ok: false; errors: FieldErrors<Field>; values: Values }

export const PASSWORD_MIN_LENGTH = 8
const PASSWORD_MAX_LENGTH = 128

/** Medusa matches e-mail identities exactly: "Ada@Example.com " and "ada@example.com" are one reader. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase()
}

export function emailError(email: string): string | undefined {
  if (email.length === 0) return "Enter your e-mail address"
  if (email.length > 254 || !/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email)) {
    return "Enter an e-mail address like name@example.com"
  }
  return undefined
}

function text(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** The password exactly as typed (spaces count). */
function password(form: FormData): string {
  const value = form.get("password")
  return typeof value === "string" ? value : ""
}

function compact<Field extends string>(errors: Record<Field, string | undefined>): FieldErrors<Field> {
  const out: FieldErrors<Field> = {}
  for (const [field, message] of Object.entries(errors) as [Field, string | undefined][]) {
    if (message) out[field] = message
  }
  return out
}

function result<Field extends string, Values>(errors: FieldErrors<Field>, values: Values): Checked<Field, Values> {
  return Object.keys(errors).length === 0 ? { ok: true, values } : { ok: false, errors, values }
}

export type SignInField = "email" | "password"
export type SignInValues = { email: string; password: string }

export function checkSignIn(form: FormData): Checked<SignInField, SignInValues> {
  const values = { email: normaliseEmail(text(form, "email")), password: password(form) }
  return result(
    compact<SignInField>({
      email: emailError(values.email),
      password: values.password.length === 0 ? "Enter your password" : undefined,
    }),
    values
  )
}

export type RegistrationField = "firstName" | "lastName" | "email" | "password"
export type RegistrationValues = { firstName: string; lastName: string; email: string; password: string }

export function checkRegistration(form: FormData): Checked<RegistrationField, RegistrationValues> {
  const values = {
    firstName: text(form, "firstName"),
    lastName: text(form, "lastName"),
    email: normaliseEmail(text(form, "email")),
    password: password(form),
  }
  return result(
    compact<RegistrationField>({
      firstName: nameError(values.firstName, "first name"),
      lastName: nameError(values.lastName, "last name"),
      email: emailError(values.email),
      password: passwordError(values.password),
    }),
    values
  )
}

export function passwordError(value: string): string | undefined {
  if (value.length === 0) return "Choose a password"
  if (value.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters for your password`
  if (value.length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters for your password`
  if (value.trim().length === 0) return "A password cannot be only spaces"
  return undefined
}

function nameError(value: string, label: string): string | undefined {
  if (value.length === 0) return `Enter your ${label}`
  if (value.length > 100) return `Your ${label} can be at most 100 characters`
  return undefined
}

export type AddressField =
  | "firstName"
  | "lastName"
  | "company"
  | "address1"
  | "address2"
  | "city"
  | "province"
  | "postalCode"
  | "countryCode"
  | "phone"

export type AddressValues = Record<AddressField, string>

/**
 * Postcode shapes for the countries the shop sells to where a typo is easy to catch. Countries
 * not listed only need something short and plausible.
 */
const postcodePatterns: Record<string, { pattern: RegExp; example: string }> = {
  gb: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, example: "SW1A 1AA" },
  us: { pattern: /^\d{5}(-\d{4})?$/, example: "10001" },
  ca: { pattern: /^[A-Z]\d[A-Z] ?\d[A-Z]\d$/i, example: "K1A 0B1" },
  de: { pattern: /^\d{5}$/, example: "10115" },
  fr: { pattern: /^\d{5}$/, example: "75001" },
  es: { pattern: /^\d{5}$/, example: "28001" },
  it: { pattern: /^\d{5}$/, example: "00118" },
  au: { pattern: /^\d{4}$/, example: "2000" },
  ch: { pattern: /^\d{4}$/, example: "8001" },
  at: { pattern: /^\d{4}$/, example: "1010" },
  be: { pattern: /^\d{4}$/, example: "1000" },
  nl: { pattern: /^\d{4} ?[A-Z]{2}$/i, example: "1011 AB" },
  se: { pattern: /^\d{3} ?\d{2}$/, example: "111 22" },
  fi: { pattern: /^\d{5}$/, example: "00100" },
  pt: { pattern: /^\d{4}-\d{3}$/, example: "1000-001" },
}

/** Irish addresses may have no Eircode; everywhere else the shop sells needs a postcode. */
const postcodeOptional = new Set(["ie"])

export function checkAddress(form: FormData, allowedCountries: ReadonlySet<string>): Checked<AddressField, AddressValues> {
  const values: AddressValues = {
    firstName: text(form, "firstName"),
    lastName: text(form, "lastName"),
    company: text(form, "company"),
    address1: text(form, "address1"),
    address2: text(form, "address2"),
    city: text(form, "city"),
    province: text(form, "province"),
    postalCode: text(form, "postalCode").toUpperCase(),
    countryCode: text(form, "countryCode").toLowerCase(),
    phone: text(form, "phone"),
  }
  return result(
    compact<AddressField>({
      firstName: nameError(values.firstName, "first name"),
      lastName: nameError(values.lastName, "last name"),
      company: tooLong(values.company, "Company", 100),
      address1: values.address1 ? tooLong(values.address1, "The address line", 200) : "Enter the street address",
      address2: tooLong(values.address2, "The second address line", 200),
      city: values.city ? tooLong(values.city, "The town or city", 100) : "Enter the town or city",
      province: tooLong(values.province, "The county, state or province", 100),
      postalCode: postcodeError(values.postalCode, values.countryCode),
      countryCode: allowedCountries.has(values.countryCode) ? undefined : "Choose a country the shop delivers to",
      phone: phoneError(values.phone),
    }),
    values
  )
}

function tooLong(value: string, label: string, max: number): string | undefined {
  return value.length > max ? `${label} can be at most ${max} characters` : undefined
}

export function postcodeError(postcode: string, countryCode: string): string | undefined {
  if (postcode.length === 0) return postcodeOptional.has(countryCode) ? undefined : "Enter the postcode"
  const rule = postcodePatterns[countryCode]
  if (rule) return rule.pattern.test(postcode) ? undefined : `Enter a postcode like ${rule.example}`
  return postcode.length <= 12 && /^[A-Z0-9][A-Z0-9 -]*$/i.test(postcode) ? undefined : "Enter a valid postcode"
}

function phoneError(phone: string): string | undefined {
  if (phone.length === 0) return undefined
  const digits = phone.replace(/\D/g, "")
  if (!/^\+?[\d\s().-]+$/.test(phone) || digits.length < 6 || digits.length > 15) {
    return "Enter a phone number with digits only, such as +44 20 7946 0000"
  }
  return undefined
}
