import { db } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { createAnnotation, importW3CAnnotation } from "@/lib/annotations";
import { liveAnchors } from "@/lib/annotations/live-anchors";
import { markClaimRevised } from "@/lib/claims/mark-claim-revised";
import { setStance } from "@/lib/claims";
import { changePhase, createArgument, proposeQuestion, rateArgument, updateQuestion } from "@/lib/debates";
import { moderateArgument } from "@/lib/debates/moderate-argument";
import { hideContent } from "@/lib/moderation";
import { addReply } from "@/lib/threads";

/**
 * A seminar on the sample paper, written through the use cases (as members would): claims with
 * stances on both sides, comments with replies, a question in the margin, a private note, a
 * hidden comment, an orphan, an open debate with rated arguments and an anonymous one. Group
 * annotations get their marks only when a collaboration server is registered in this process
 * (tests/support/collab-harness + registerCollabServer): without one they read as orphaned.
 *
 * People: `reader` and `other` are participants, `author` the paper's author.
 */
export interface SeminarPeople {
  owner: UserActor;
  moderator: UserActor;
  author: UserActor;
  reader: UserActor;
  other: UserActor;
}

export const SEMINAR = {
  contested: "there does not seem to be anything new with the SCS",
  supported: "The future of the Internet is most likely to be written in Asia",
  oneContest: "blurs the line between state and non-state",
  unreviewed: "Artificial intelligence is increasingly present in our lives",
  discussed: "Cambridge Analytica scandal",
  asked: "To what extent does the SCS comply",
  private: "lead the way to a dystopian future",
  privateBody: "PRIVATE-NOTE: only I should ever see this.",
  hiddenBody: "HIDDEN-NOTE: an off-topic remark.",
  orphanQuote: "A sentence the author has since deleted from the paper entirely.",
  debate: "Does the SCS merely continue older Chinese practices of social control?",
  anonymousDebate: "Should Western platforms adopt any element of the SCS?",
} as const;

export type SeminarSeed = Awaited<ReturnType<typeof seedSeminar>>;

export async function seedSeminar(documentId: string, p: SeminarPeople) {
  const { plainText } = await liveAnchors(documentId);
  const anchor = (quote: string) => {
    const start = plainText.indexOf(quote);
    if (start === -1) throw new Error(`Seminar seed: “${quote}” is not in the paper.`);
    return { start, end: start + quote.length, quote };
  };
  const note = (who: UserActor, kind: "comment" | "question" | "claim", quote: string, body: string, visibility: "group" | "private" = "group") =>
    createAnnotation(who, documentId, { kind, body, tags: [], visibility, anchor: anchor(quote) });

  const contested = await note(p.reader, "claim", SEMINAR.contested, "The paper says nothing about the SCS is new.");
  const supported = await note(p.other, "claim", SEMINAR.supported, "A prediction about where the Internet is heading.");
  const oneContest = await note(p.reader, "claim", SEMINAR.oneContest, "State and non-state actors merge.");
  const unreviewed = await note(p.other, "claim", SEMINAR.unreviewed, "Opening claim.");
  // Both sides on the most contested claim, with evidence; one side on the others.
  await setStance(p.owner, contested.id, { value: "supported", reason: "The historical record bears it out.", evidence: [{ type: "url", url: "https://example.org/history" }] });
  await setStance(p.other, contested.id, { value: "supported", reason: "Confucian roots are well documented." });
  await setStance(p.moderator, contested.id, { value: "contested", reason: "Digital scale is new in kind, not degree." });
  await setStance(p.reader, contested.id, { value: "contested", reason: "=HYPERLINK(\"http://evil\") is not an argument, but real-time scoring is new." });
  await setStance(p.reader, supported.id, { value: "supported", reason: "Market size alone supports it." });
  await setStance(p.moderator, supported.id, { value: "supported", reason: "Agreed." });
  await setStance(p.moderator, oneContest.id, { value: "contested", reason: "The line was never sharp." });
  await markClaimRevised(p.author, supported.id, { url: "https://example.org/revision/2", note: "Softened the prediction." });

  const discussed = await note(p.reader, "comment", SEMINAR.discussed, "A good example, but it is Western.");
  const discussedAgain = await note(p.moderator, "comment", SEMINAR.discussed, "Worth a footnote.");
  await addReply(p.other, discussed.id, { body: "Exactly the point: it happens here too." });
  await addReply(p.author, discussed.id, { body: "I will add a footnote.", asAuthor: true });
  await addReply(p.reader, discussedAgain.id, { body: "Agreed." });
  const asked = await note(p.reader, "question", SEMINAR.asked, "Which principles exactly?");
  const privateNote = await note(p.reader, "claim", SEMINAR.private, SEMINAR.privateBody, "private");
  await setStance(p.reader, privateNote.id, { value: "contested", reason: "PRIVATE-REASON" });
  const hidden = await note(p.other, "comment", SEMINAR.discussed, SEMINAR.hiddenBody);
  await hideContent(p.moderator, "annotation", hidden.id, { reason: "Off topic." });
  const orphan = await importW3CAnnotation(p.reader, documentId, {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    motivation: "commenting",
    body: { type: "TextualBody", value: "This sentence is gone now.", format: "text/plain" },
    target: { source: "https://example.org/paper", selector: { type: "TextQuoteSelector", exact: SEMINAR.orphanQuote } },
  });

  const debate = await proposeQuestion(p.reader, documentId, { text: SEMINAR.debate, passage: anchor(SEMINAR.contested) });
  await changePhase(p.moderator, debate.id, { action: "open" });
  const pro = await createArgument(p.reader, debate.id, { parentId: null, stance: "pro", body: "Imperial household registers already ranked conduct." });
  const con = await createArgument(p.moderator, debate.id, { parentId: null, stance: "con", body: "Real-time data makes it a different system." });
  const reply = await createArgument(p.other, debate.id, { parentId: con.id, stance: "con", body: "Scale alone does not change the purpose." });
  const byAuthor = await createArgument(p.author, debate.id, { parentId: null, stance: "pro", body: "Section 2 traces this lineage.", asAuthor: true });
  const hiddenArgument = await createArgument(p.other, debate.id, { parentId: null, stance: "con", body: "HIDDEN-ARGUMENT" });
  await moderateArgument(p.moderator, hiddenArgument.id, { action: "hide", reason: "Off topic." });
  // Ratings: pro 4 and 2 → 3; con 1 → 1; the author's pro unrated → 0; the reply 4 (not in the balance).
  await rateArgument(p.moderator, pro.id, { value: 4 });
  await rateArgument(p.other, pro.id, { value: 2 });
  await rateArgument(p.reader, con.id, { value: 1 });
  await rateArgument(p.reader, reply.id, { value: 4 });

  const anonymous = await proposeQuestion(p.other, documentId, { text: SEMINAR.anonymousDebate });
  await updateQuestion(p.moderator, anonymous.id, { anonymous: true });
  await changePhase(p.moderator, anonymous.id, { action: "open" });
  const secretPro = await createArgument(p.reader, anonymous.id, { parentId: null, stance: "pro", body: "Credit histories already exist in the West." });
  const secretCon = await createArgument(p.other, anonymous.id, { parentId: null, stance: "con", body: "No: a single score invites abuse." });
  await rateArgument(p.moderator, secretCon.id, { value: 3 });

  const found = await db().question.count({ where: { documentId, origin: "import" } });
  return {
    claims: { contested: contested.id, supported: supported.id, oneContest: oneContest.id, unreviewed: unreviewed.id },
    comments: { discussed: discussed.id, discussedAgain: discussedAgain.id },
    asked: asked.id,
    privateNote: privateNote.id,
    hidden: hidden.id,
    orphan: orphan.id,
    debate: { id: debate.id, pro: pro.id, con: con.id, reply: reply.id, byAuthor: byAuthor.id, hidden: hiddenArgument.id },
    anonymous: { id: anonymous.id, pro: secretPro.id, con: secretCon.id },
    importedQuestions: found,
  };
}

/**
 * A group with one member per role (plus a viewer and a stranger), the sample paper with its
 * author, and the seminar on it. Needs a registered collaboration server for the marks.
 */
export async function seminarWorld() {
  const { addMember, createGroup, createUser, importPaper, makeAuthor, samplePaperBytes } = await import("./factories");
  const group = await createGroup();
  const actor = (user: { id: string; name: string; color: string }): UserActor => ({ kind: "user", userId: user.id, name: user.name, color: user.color, via: "session" });
  const roles = { owner: "owner", moderator: "moderator", author: "participant", reader: "participant", other: "participant", viewer: "viewer" } as const;
  const people = {} as Record<keyof typeof roles | "stranger", UserActor>;
  for (const [who, role] of Object.entries(roles) as [keyof typeof roles, (typeof roles)[keyof typeof roles]][]) {
    people[who] = actor(await createUser({ name: `Seminar ${who}` }));
    await addMember(group.id, people[who].userId, role);
  }
  people.stranger = actor(await createUser({ name: "Seminar stranger" }));
  const paper = await importPaper(group.id, new TextDecoder().decode(samplePaperBytes()), "Seminar paper");
  await makeAuthor(paper.id, people.author.userId);
  const seed = await seedSeminar(paper.id, people);
  return { groupId: group.id, documentId: paper.id, people, seed };
}
