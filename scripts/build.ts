/** `npm run build`: Prisma client, then `next build`, then the stamp `npm start` checks. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { recordBuild } from "@/lib/runtime/build-stamp";
import { ensurePrismaClient } from "@/lib/runtime/prisma-cli";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
await ensurePrismaClient();
const result = spawnSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], { stdio: "inherit" });
if (result.status !== 0) process.exit(result.status ?? 1);
recordBuild();
