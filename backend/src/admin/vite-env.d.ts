/// <reference types="vite/client" />

/** Set by Medusa's admin bundler from ADMIN_AUTH_TYPE / ADMIN_JWT_TOKEN_STORAGE_KEY (see lib/sdk.ts). */
declare const __AUTH_TYPE__: "session" | "jwt" | undefined
declare const __JWT_TOKEN_STORAGE_KEY__: string | undefined
