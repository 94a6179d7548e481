import { AuthorSkeleton } from "@/modules/catalogue/skeletons"

export default function Loading() {
  return <AuthorSkeleton />
}
