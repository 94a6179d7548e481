import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { safeReturnPath } from "@/lib/account/return-path"
import { getCustomer } from "@/lib/data/customer"
import { LoginTemplate } from "@/modules/account/login-template"

type Props = { params: Promise<{ countryCode: string }>; searchParams: Promise<{ next?: string | string[] }> }

export const metadata: Metadata = { title: "Sign in or create an account", robots: { index: false, follow: false } }

export default async function LoginPage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const next = safeReturnPath((await searchParams).next, countryCode)
  if (await getCustomer()) redirect(next)
  return <LoginTemplate countryCode={countryCode} next={next} />
}
