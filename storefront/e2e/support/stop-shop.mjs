// Stops the shop the way a person does (SIGTERM, like Ctrl-C) and removes its data.
export default async function stopShop() {
  await globalThis.__BOOKSHOP_E2E__?.stop()
}
