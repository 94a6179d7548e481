import { BookGridSkeleton } from "@/modules/catalogue/skeletons"

export default function Loading() {
  return <BookGridSkeleton items={12} />
}
