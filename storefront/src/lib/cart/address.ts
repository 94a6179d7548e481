import type { Region } from "../catalogue/region"

export const addressFields = [
  "email",
  "first_name",
  "last_name",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const
export type AddressField = (typeof addressFields)[number]

export type AddressInput = Record<AddressField, string>
export type FieldErrors = Partial<Record<AddressField, string>>

export type AddressCheck = { ok: true; value: AddressInput } | { ok: false; value: AddressInput; errors: FieldErrors }

/** The countries a delivery address may be in: the region's, by name (the select's options). */
export function countryOptions(region: Region): { value: string; label: string }[] {
  return region.countries.map((c) => ({ value: c.code, label: c.name }))
}

/**
 * The country preselected for a new address: the one in the URL when the region sells there,
 * else the region's only (or first) country.
 */
export function defaultCountry(region: Region, countryCode: string, current?: string | null): string {
  const codes = region.countries.map((c) => c.code)
  if (current && codes.includes(current.toLowerCase())) return current.toLowerCase()
  if (codes.includes(countryCode)) return countryCode
  return codes[0] ?? countryCode
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

const labels: Record<AddressField, string> = {
  email: "e-mail address",
  first_name: "first name",
  last_name: "last name",
  address_1: "address",
  address_2: "second address line",
  city: "town or city",
  province: "county, state or province",
  postal_code: "postcode",
  country_code: "country",
  phone: "phone number",
}

const required: readonly AddressField[] = ["email", "first_name", "last_name", "address_1", "city", "postal_code", "country_code"]

/** Reads and checks the contact-and-address form: what is missing or wrong, field by field. */
export function checkAddress(form: { get(name: string): unknown }, region: Region): AddressCheck {
  const value = Object.fromEntries(
    addressFields.map((field) => {
      const raw = form.get(field)
      return [field, typeof raw === "string" ? raw.trim().slice(0, 200) : ""]
    })
  ) as AddressInput
  value.email = value.email.toLowerCase()
  value.country_code = value.country_code.toLowerCase()

  const errors: FieldErrors = {}
  for (const field of required) {
    if (!value[field]) errors[field] = `Enter your ${labels[field]}.`
  }
  if (value.email && !emailPattern.test(value.email)) {
    errors.email = "Enter an e-mail address like name@example.com."
  }
  if (value.country_code && !region.countries.some((c) => c.code === value.country_code)) {
    errors.country_code = `We can only deliver to ${region.countries.map((c) => c.name).join(", ")} from this shop. Change your country at the top of the page for other countries.`
  }
  if (value.phone && !/^[+()\d\s.-]{5,25}$/.test(value.phone)) {
    errors.phone = "Enter a phone number using digits, spaces and +, or leave it empty."
  }
  return Object.keys(errors).length > 0 ? { ok: false, value, errors } : { ok: true, value }
}

/** The address as one line ("Ada Lovelace, 1 Example Yard, London E1 6AN, United Kingdom"). */
export function addressLines(
  address: {
    first_name?: string | null
    last_name?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    country_code?: string | null
  },
  countryNameOf: (code: string) => string
): string[] {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const town = [address.city, address.province, address.postal_code].filter(Boolean).join(" ")
  return [name, address.address_1, address.address_2, town, address.country_code ? countryNameOf(address.country_code) : null].flatMap(
    (line) => (line && line.trim() ? [line.trim()] : [])
  )
}
