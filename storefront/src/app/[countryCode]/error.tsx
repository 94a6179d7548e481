"use client"

import { ErrorPanel } from "@/modules/common/error-panel"

export default function CountryError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} />
}
