export { setStance } from "./set-stance";
export { withdrawStance } from "./withdraw-stance";
export { listStances } from "./list-stances";
export { getClaimSummary } from "./get-claim-summary";
export { listClaims, type ClaimItem } from "./list-claims";
export { markClaimRevised, clearClaimRevision } from "./mark-claim-revised";
export { sortClaims, type SortableClaim } from "./sort-claims";
export { resolveEvidence, locateQuote, type StoredEvidence, type EvidencePaper } from "./evidence";
export {
  setStanceInput,
  markRevisedInput,
  MAX_REVISION_NOTE,
  evidenceItemSchema,
  listClaimsQuery,
  claimSortSchema,
  stanceValueSchema,
  MAX_REASON,
  MAX_EVIDENCE,
  type SetStanceInput,
  type MarkRevisedInput,
  type EvidenceInput,
  type ClaimSort,
  type StanceValue,
} from "./schemas";
export type { ClaimSummary, ClaimCounts, ClaimRevision, StanceList, StanceView } from "./present";
