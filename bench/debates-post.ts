/**
 * "An argument posted by one of 50 connected members appears for all": 50 real provider
 * clients in the document's room; one member posts through the use case; each client, on the
 * debate-changed push, refetches the listing as its own member (as the debate page does). Two
 * figures per argument and member: until the push arrived, and until that member's refetched
 * listing contained the argument. A 1-member room is the baseline in the same run.
 */
import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { createCollabToken } from "@/lib/auth/collab-token";
import type { CollabServer } from "@/lib/collab/collab-server";
import { registerCollabServer } from "@/lib/collab/registry";
import { createArgument, listArguments } from "@/lib/debates";
import { connectClient, waitFor, type TestClient } from "@/tests/support/collab-harness";
import { importPaper } from "@/tests/support/factories";
import { ms, summarise } from "./stats";

export interface DebatePostResult {
  members: number;
  posts: number;
  /** Post start → debate-changed push at each member (ms). */
  push: number[];
  /** Post start → that member's refetched listing contains the argument (ms). */
  visible: number[];
}

interface Member {
  actor: UserActor;
  client: TestClient;
}

export async function measureDebatePost(options: { port: number; collab: CollabServer; groupId: string; members: UserActor[]; posts: number }): Promise<DebatePostResult> {
  registerCollabServer(options.collab);
  const paper = await importPaper(options.groupId, "Bench debate\n\nWill social credit lead the way to a dystopian future?\n", `Bench debate (${options.members.length} members)`);
  const question = await db().question.create({ data: { documentId: paper.id, text: "Will social credit lead the way to a dystopian future?", quote: "", status: "open", origin: "member" } });
  const members: Member[] = options.members.map((actor) => ({ actor, client: connectClient({ port: options.port, documentId: paper.id, token: createCollabToken(actor.userId) }) }));
  try {
    await waitFor(() => members.every((m) => m.client.provider.isSynced), { timeout: 60_000, interval: 5, what: "members synced" });
    const pushAt = new Map<string, number[]>();
    const visibleAt = new Map<string, number[]>();
    const record = (map: Map<string, number[]>, id: string, at: number) => map.set(id, [...(map.get(id) ?? []), at]);
    for (const member of members) {
      member.client.provider.on("stateless", ({ payload }: { payload: string }) => {
        const event = JSON.parse(payload) as { type: string; ids?: string[] };
        if (event.type !== "debate-changed") return;
        const at = performance.now();
        for (const id of event.ids ?? []) record(pushAt, id, at);
        void listArguments(member.actor, question.id).then((listing) => {
          const done = performance.now();
          for (const id of event.ids ?? []) if (listing.items.some((item) => item.id === id)) record(visibleAt, id, done);
        });
      });
    }
    const result: DebatePostResult = { members: members.length, posts: options.posts, push: [], visible: [] };
    let parentId: string | null = null;
    for (let i = 0; i < options.posts; i++) {
      const poster = members[i % members.length].actor;
      const t0 = performance.now();
      const { id } = await createArgument(poster, question.id, { parentId, stance: i % 2 === 0 ? "pro" : "con", body: `Bench argument ${i}` });
      await waitFor(() => (visibleAt.get(id)?.length ?? 0) >= members.length, { timeout: 20_000, interval: 1, what: "the argument at every member" });
      for (const at of pushAt.get(id)!) result.push.push(at - t0);
      for (const at of visibleAt.get(id)!) result.visible.push(at - t0);
      // A growing tree of mixed depth, as debates are.
      parentId = i % 3 === 2 ? null : id;
    }
    return result;
  } finally {
    for (const member of members) member.client.destroy();
  }
}

/** The BENCHMARKS.md section for the debate figures (baseline first). */
export function renderDebatePost(results: DebatePostResult[]): string {
  const row = (label: string, samples: number[]) => {
    const s = summarise(samples);
    return `| ${label} | ${s.count} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} |`;
  };
  const lines = [
    "",
    "## Debates: an argument posted by one member appears for all",
    "",
    `Real provider clients in the document's room; one member posts ${results[0]?.posts ?? 0} arguments one after another`,
    "through the use case (createArgument). \"push\": until each member received the debate-changed event;",
    "\"visible\": until each member's own refetch of the listing (listArguments, as that member) contained the",
    "argument, which is what the debate page does on the event. All in one process on loopback.",
    "",
    "| members · figure | samples | p50 ms | p95 ms | p99 ms | max ms |",
    "| --- | --- | --- | --- | --- | --- |",
    ...results.flatMap((r) => {
      const label = r.members === 1 ? "1 (baseline)" : String(r.members);
      return [row(`${label} · push`, r.push), row(`${label} · visible`, r.visible)];
    }),
    "",
  ];
  return lines.join("\n");
}
