/** The country for visitors we know nothing about (DEFAULT_COUNTRY, "gb" unless set). */
export function defaultCountry(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.DEFAULT_COUNTRY?.trim().toLowerCase()
  return configured && /^[a-z]{2}$/.test(configured) ? configured : "gb"
}
