/** Where each report item leads: its passage on the reading page, or its debate. */
export const annotationLink = (documentId: string, annotationId: string) => `/documents/${documentId}?annotation=${encodeURIComponent(annotationId)}`;
export const passageLink = (documentId: string, start: number, end: number) => `/documents/${documentId}?passage=${start}-${end}`;
export const questionLink = (documentId: string, questionId: string) => `/documents/${documentId}/debates/${encodeURIComponent(questionId)}`;
export const reportLink = (documentId: string) => `/documents/${documentId}/report`;
