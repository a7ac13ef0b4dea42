export { setStance } from "./set-stance";
export { withdrawStance } from "./withdraw-stance";
export { listStances } from "./list-stances";
export { getClaimSummary } from "./get-claim-summary";
export { listClaims } from "./list-claims";
export { sortClaims, type SortableClaim } from "./sort-claims";
export { resolveEvidence, locateQuote, type StoredEvidence, type EvidencePaper } from "./evidence";
export {
  setStanceInput,
  evidenceItemSchema,
  listClaimsQuery,
  claimSortSchema,
  stanceValueSchema,
  MAX_REASON,
  MAX_EVIDENCE,
  type SetStanceInput,
  type EvidenceInput,
  type ClaimSort,
  type StanceValue,
} from "./schemas";
export type { ClaimSummary, ClaimCounts, StanceList, StanceView } from "./present";
