import { CartSkeleton } from "@/modules/cart/cart-skeleton"

export default function Loading() {
  return <CartSkeleton label="Loading the checkout…" />
}
