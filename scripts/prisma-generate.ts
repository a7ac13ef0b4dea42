import { ensurePrismaClient } from "@/lib/runtime/prisma-cli";

// `npm run db:generate`: (re)generates the Prisma client when the schema changed.
console.log((await ensurePrismaClient()) ? "Generated the Prisma client in generated/prisma." : "The Prisma client is up to date.");
