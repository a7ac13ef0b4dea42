/**
 * Admin CLI: `npm run cli -- <command>`. Uses DATABASE_URL, or else the embedded PostgreSQL in
 * .data/ (joining it when the app is running, starting and stopping it otherwise).
 */
import { ConfigError } from "@/lib/config/database-url";
import { DomainError } from "@/lib/documents/errors";
import { ensurePrismaClient, applyMigrations } from "@/lib/runtime/prisma-cli";
import { withStartupLock } from "@/lib/runtime/startup-lock";
import { resolveDatabase } from "@/lib/runtime/resolve-database";
import { parseArgs, UsageError } from "./args";

const HELP = `Usage: npm run cli -- <command>

  import <file> [--title <title>] [--group <slug>] import a paper (text, Markdown, HTML or PDF; default group: demo)
  user:add --email <e> --password <p> --name <n> [--group <slug> --role owner|moderator|participant|viewer]
  token:create --email <e> [--name <n>]              create a personal API token; prints it on the last line
  migrate                                            apply pending database migrations`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === "help" || command === "--help") {
    console.log(HELP);
    return command ? 0 : 2;
  }
  const { positional, flags } = parseArgs(rest);
  const print = (line: string) => console.log(line);
  await ensurePrismaClient();
  const { embedded } = await resolveDatabase(() => {});
  try {
    // The CLI works on a fresh database too: migrations first (a no-op when current).
    // Under the startup lock, so a CLI run next to starting instances waits its turn.
    if (command !== "migrate") await withStartupLock(process.env.DATABASE_URL!, () => {}, () => applyMigrations(process.env.DATABASE_URL!));
    const commands = await import("./commands");
    switch (command) {
      case "import":
        await commands.importCommand(positional, flags, print);
        break;
      case "user:add":
        await commands.userAddCommand(flags, print);
        break;
      case "token:create":
        await commands.tokenCreateCommand(flags);
        break;
      case "migrate":
        await commands.migrateCommand(print);
        break;
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${HELP}`);
    }
    return 0;
  } finally {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    if (embedded?.ownedByUs) await embedded.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof DomainError) {
      console.error(`Error: ${error.message}`);
    } else if (error && typeof error === "object" && "issues" in error) {
      console.error(`Error: ${(error as { issues: { message: string }[] }).issues.map((i) => i.message).join(" ")}`);
    } else {
      console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  });
