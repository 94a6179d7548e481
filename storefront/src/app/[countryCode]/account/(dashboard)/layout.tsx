import type { ReactNode } from "react"
import { AccountLayout } from "@/modules/account/account-layout"

type Props = { children: ReactNode; params: Promise<{ countryCode: string }> }

/** The signed-in part of the account. Each page checks the sign-in itself (it knows its own path). */
export default async function DashboardLayout({ children, params }: Props) {
  const { countryCode } = await params
  return <AccountLayout countryCode={countryCode}>{children}</AccountLayout>
}
