import type { Actor } from "@/lib/auth/actor";
import { EXPORT_SECTIONS, NOT_YET_RECORDED } from "./export-sections";
import { getAccount } from "./get-account";
import type { AccountDetail } from "./present";

export const EXPORT_FORMAT = "disputatio-account-export";
export const EXPORT_VERSION = 1;

export interface AccountExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  account: AccountDetail;
  /** One key per export section (memberships, documentsImported, apiTokens, …). */
  sections: Record<string, unknown>;
  /** Kinds of content the app does not record yet, so an empty export is not mistaken for a loss. */
  notYetRecorded: string[];
}

/** Everything the app stores that the member wrote or owns, as JSON; never a password or token hash. */
export async function exportMyData(actor: Actor, accountId: string, now = new Date()): Promise<AccountExport> {
  // getAccount applies the policy (account.read) before any section is read.
  const account = await getAccount(actor, accountId);
  const collected = await Promise.all(EXPORT_SECTIONS.map(async (section) => [section.key, await section.collect(accountId)] as const));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    account,
    sections: Object.fromEntries(collected),
    notYetRecorded: [...NOT_YET_RECORDED],
  };
}

export function exportFileName(now = new Date()): string {
  return `disputatio-export-${now.toISOString().slice(0, 10)}.json`;
}
