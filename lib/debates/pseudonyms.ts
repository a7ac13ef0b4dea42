import { createHash } from "node:crypto";
import { db } from "@/lib/db";

/**
 * Animal pseudonyms for anonymous debates: adjective + animal, plain and friendly, never a
 * judgement. A member keeps one name per question; different questions give different names.
 */
const ADJECTIVES = [
  "Amber", "Azure", "Brave", "Calm", "Clever", "Coral", "Curious", "Gentle", "Golden", "Hazel", "Indigo", "Jade",
  "Lively", "Lucky", "Misty", "Nimble", "Olive", "Patient", "Quiet", "Rosy", "Silver", "Sunny", "Swift", "Teal",
] as const;
const ANIMALS = [
  "Otter", "Heron", "Badger", "Falcon", "Fox", "Hare", "Ibis", "Koala", "Lynx", "Marten", "Newt", "Owl",
  "Panda", "Puffin", "Quail", "Raven", "Seal", "Stoat", "Tapir", "Wren", "Yak", "Zebra", "Beaver", "Crane",
] as const;

export const PSEUDONYM_COUNT = ADJECTIVES.length * ANIMALS.length;

/** The i-th name; past the list's end names repeat with a number ("Amber Otter 2"). */
export function pseudonymAt(index: number): string {
  const base = index % PSEUDONYM_COUNT;
  // Stride the animals so neighbouring indexes differ in both words.
  const name = `${ADJECTIVES[base % ADJECTIVES.length]} ${ANIMALS[Math.floor(base / ADJECTIVES.length + base) % ANIMALS.length]}`;
  const round = Math.floor(index / PSEUDONYM_COUNT);
  return round === 0 ? name : `${name} ${round + 1}`;
}

/** Where a member's probing starts: a hash of question and member, so it is stable and spread. */
export function startIndex(questionId: string, userId: string): number {
  return createHash("sha256").update(`${questionId}:${userId}`).digest().readUInt32BE(0) % PSEUDONYM_COUNT;
}

/**
 * Names for `userIds` who have none yet, given the names already taken in this question: each
 * starts at its hashed index and probes to the next free name. Deterministic for the same inputs.
 */
export function assignPseudonyms(questionId: string, userIds: string[], taken: Iterable<string>): Map<string, string> {
  const used = new Set(taken);
  const result = new Map<string, string>();
  for (const userId of [...new Set(userIds)].sort()) {
    let index = startIndex(questionId, userId);
    while (used.has(pseudonymAt(index))) index += 1;
    const name = pseudonymAt(index);
    used.add(name);
    result.set(userId, name);
  }
  return result;
}

/**
 * The pseudonyms of `userIds` in a question, assigning missing ones. Two requests may assign at
 * once: inserts skip conflicts on either unique key (member or name), and the loser of a name
 * probes again against the names now stored.
 */
export async function ensurePseudonyms(questionId: string, userIds: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(userIds)];
  for (let attempt = 0; attempt < 5; attempt++) {
    const rows = await db().debatePseudonym.findMany({ where: { questionId }, select: { userId: true, name: true } });
    const names = new Map(rows.map((row) => [row.userId, row.name]));
    const missing = wanted.filter((userId) => !names.has(userId));
    if (missing.length === 0) return names;
    const assigned = assignPseudonyms(questionId, missing, names.values());
    await db().debatePseudonym.createMany({ data: [...assigned].map(([userId, name]) => ({ questionId, userId, name })), skipDuplicates: true });
  }
  throw new Error("Could not assign pseudonyms after several attempts.");
}
