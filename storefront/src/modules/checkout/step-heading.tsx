"use client"

import { useEffect, useRef, type ReactNode } from "react"

/**
 * A checkout step's heading. When the reader has just arrived at this step (after finishing
 * the previous one), focus moves to it, so keyboard and screen-reader users start there.
 */
export function StepHeading({ id, focus, children }: { id: string; focus: boolean; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (focus) ref.current?.focus()
  }, [focus])
  return (
    <h2 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h2>
  )
}
