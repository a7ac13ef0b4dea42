import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { readStoredPaper } from "@/lib/collab/document-state";
import { markedRanges } from "@/lib/collab/write-annotation-mark";
import { documentUrl } from "@/lib/documents/present";
import { passageLink } from "./links";
import { BALANCE_NOTE, rankClaims, rankPassages, sectionStats } from "./rank";
import { loadAnnotationFacts } from "./report-annotations";
import { loadReportAccess } from "./report-access";
import { loadDebateFacts } from "./report-debates";
import { paragraphsOf, sectionsOf, spanAt, type ParagraphSpan, type SectionSpan } from "./sections";
import type { ReportDTO } from "./types";

export const HIDDEN_NOTE = "Content hidden by a moderator (annotations, replies, arguments) is left out of this report; only its number is given. Private annotations never enter it.";
export const SECTIONS_NOTE = "Sections run from one heading of the current text to the next. Densities are per 1,000 characters of the section; contest counts contested stances on its claims.";

export interface PaperShape {
  paragraphs: ParagraphSpan[];
  sections: SectionSpan[];
  marks: Map<string, { start: number; end: number }>;
  sectionTitle: (offset: number) => string;
}

/** The live paper's structure: paragraphs, sections by heading, and where each annotation's mark is. */
export async function paperShape(documentId: string): Promise<PaperShape> {
  const root = await readStoredPaper(documentId);
  const paragraphs = paragraphsOf(root);
  const sections = sectionsOf(paragraphs, paragraphs.at(-1)?.end ?? 0);
  return { paragraphs, sections, marks: markedRanges(root), sectionTitle: (offset) => spanAt(sections, offset)?.title ?? sections[0]?.title ?? "" };
}

/** How many hidden items the report leaves out (annotations, their replies, arguments). */
async function countHidden(documentId: string) {
  const [annotations, replies, args] = await Promise.all([
    db().annotation.count({ where: { documentId, visibility: "group", hiddenAt: { not: null } } }),
    db().reply.count({ where: { hiddenAt: { not: null }, annotation: { documentId, visibility: "group", hiddenAt: null } } }),
    db().argument.count({ where: { question: { documentId }, status: "hidden" } }),
  ]);
  return annotations + replies + args;
}

/**
 * The feedback report of a document (authors, owners, moderators; 404 for anyone else): claims
 * ranked by how contested they are, the most discussed passages, the debates with their
 * balance, what is still open, and orphaned annotations. One aggregate read: a fixed number of
 * queries whatever the size of the discussion.
 */
export async function getReport(actor: Actor, documentId: string, now = new Date()): Promise<ReportDTO> {
  await loadReportAccess(actor, documentId);
  const [document, shape, hidden] = await Promise.all([
    db().document.findUniqueOrThrow({ where: { id: documentId }, select: { id: true, title: true, group: { select: { ratingVisibility: true } } } }),
    paperShape(documentId),
    countHidden(documentId),
  ]);
  const link = (start: number, end: number) => passageLink(documentId, start, end);
  const [facts, debates] = await Promise.all([
    loadAnnotationFacts(documentId, shape.marks, shape.sectionTitle),
    loadDebateFacts(documentId, document.group.ratingVisibility, now),
  ]);
  return {
    document: { id: document.id, title: document.title, url: documentUrl(document.id) },
    generatedAt: now.toISOString(),
    totals: { ...facts.totals, questions: debates.questionCount, arguments: debates.argumentCount, hiddenOmitted: hidden },
    sections: sectionStats(shape.sections, facts.placed, link),
    claims: rankClaims(facts.claims),
    passages: rankPassages(facts.placed, shape.paragraphs, shape.sectionTitle, link),
    debates: debates.debates,
    open: { questions: debates.open, unanswered: facts.unanswered },
    orphans: facts.orphans,
    notes: { balance: BALANCE_NOTE, hidden: HIDDEN_NOTE, sections: SECTIONS_NOTE },
  };
}
