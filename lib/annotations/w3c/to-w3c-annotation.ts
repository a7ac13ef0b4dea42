import { ANNOTATION_CONTEXT, type AnnotationKind, type W3CAnnotation, type W3CAnnotationDto, type W3CMotivation, type W3CTextualBody, type W3CUrls } from "./types";

const MOTIVATION: Record<AnnotationKind, W3CMotivation> = { comment: "commenting", question: "questioning", claim: "classifying" };

function plain(value: string, purpose: W3CMotivation): W3CTextualBody {
  return { type: "TextualBody", value, format: "text/plain", purpose };
}

/**
 * One annotation as W3C Web Annotation JSON-LD. Bodies: the Markdown text ("commenting"), the
 * kind ("classifying": comment, question or claim), each tag ("tagging"), and for a claim its
 * derived status ("assessing": unreviewed, supported, contested or disputed). The target selects
 * the passage of the document's plain text by quote and, unless the annotation is orphaned (its
 * passage gone, so the offsets mean nothing), by position. The creator is a name only: never an
 * email or an account id. Private annotations are never exported: this throws for one.
 */
export function toW3CAnnotation(dto: W3CAnnotationDto, urls: W3CUrls): W3CAnnotation {
  if (dto.visibility !== "group") throw new Error(`Annotation ${dto.id} is private: private annotations are never exported.`);
  const body: W3CTextualBody[] = [];
  if (dto.body !== "") body.push({ type: "TextualBody", value: dto.body, format: "text/markdown", purpose: "commenting" });
  body.push(plain(dto.kind, "classifying"));
  for (const tag of dto.tags) body.push(plain(tag, "tagging"));
  if (dto.kind === "claim" && dto.claim) body.push(plain(dto.claim.status, "assessing"));
  const { quote, prefix, suffix, start, end, orphaned } = dto.anchor;
  return {
    "@context": ANNOTATION_CONTEXT,
    id: `${urls.baseUrl.replace(/\/+$/, "")}/api/annotations/${encodeURIComponent(dto.id)}`,
    type: "Annotation",
    motivation: MOTIVATION[dto.kind],
    created: new Date(dto.createdAt).toISOString(),
    modified: new Date(dto.updatedAt).toISOString(),
    creator: { type: "Person", name: dto.author.name },
    body,
    target: {
      source: urls.documentUrl,
      selector: [{ type: "TextQuoteSelector", exact: quote, prefix, suffix }, ...(orphaned ? [] : [{ type: "TextPositionSelector" as const, start, end }])],
    },
  };
}
