import { ensurePrismaClient } from "@/lib/runtime/prisma-cli";

// `npm run bench` on a fresh clone: bench/run.ts imports the Prisma client statically, so it
// is generated first (as `npm start` and `npm test` do) and the benchmarks are loaded after.
await ensurePrismaClient();
await import("../bench/run");
