export { importDocument } from "./import-document";
export { listDocuments, documentsVisibleTo } from "./list-documents";
export { getDocument, type DocumentDetail, type CitationEntry, type QuestionSummary } from "./get-document";
export { DomainError } from "./errors";
export { documentIdSchema, documentTitleSchema, groupSlugSchema } from "./schemas";
export { presentDocumentSummary, documentUrl, type DocumentSummary } from "./present";
export { listQuestions } from "./list-questions";
export { createPublicLink, revokePublicLink, findDocumentByPublicLink, publicLinkPath } from "./public-link";
export { deleteDocument } from "./delete-document";
