import { BookSkeleton } from "@/modules/catalogue/skeletons"

export default function Loading() {
  return <BookSkeleton />
}
