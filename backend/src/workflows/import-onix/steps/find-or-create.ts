/**
 * Find-or-create by handle that tolerates a concurrent import creating the same thing: when a
 * create fails and the handle now exists, the existing row is used (and is not ours to undo).
 */
type Row = { id: string; handle: string }

export type FoundOrCreated = { ids: Record<string, string>; created: string[] }

export async function findOrCreateByHandle<T extends { handle: string }>(
  refs: readonly T[],
  find: (handles: string[]) => Promise<Row[]>,
  create: (ref: T) => Promise<{ id: string }>
): Promise<FoundOrCreated> {
  const ids: Record<string, string> = {}
  const created: string[] = []
  if (refs.length === 0) return { ids, created }
  for (const row of await find(refs.map((r) => r.handle))) ids[row.handle] = row.id
  for (const ref of refs) {
    if (ids[ref.handle]) continue
    try {
      const row = await create(ref)
      ids[ref.handle] = row.id
      created.push(row.id)
    } catch (error) {
      const [raced] = await find([ref.handle])
      if (!raced) throw error
      ids[ref.handle] = raced.id
    }
  }
  return { ids, created }
}
