/**
 * "Propose as question" from the selection toolbar reaches the Questions tab through one window
 * event, so the reading page's layout needs no new wiring between the two.
 */
export const PROPOSE_EVENT = "disputatio:propose-question";

export interface ProposeDetail {
  start: number;
  end: number;
  quote: string;
}

export function requestProposal(detail: ProposeDetail) {
  window.dispatchEvent(new CustomEvent<ProposeDetail>(PROPOSE_EVENT, { detail }));
}

export function onProposalRequest(listener: (detail: ProposeDetail) => void) {
  const handler = (event: Event) => listener((event as CustomEvent<ProposeDetail>).detail);
  window.addEventListener(PROPOSE_EVENT, handler);
  return () => window.removeEventListener(PROPOSE_EVENT, handler);
}
