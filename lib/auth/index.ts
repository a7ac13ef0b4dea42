export { ANONYMOUS, SYSTEM, isSignedIn, type Actor } from "./actor";
export { can, type Action, type DocumentAccess, type GroupAccess, type GroupRole } from "./policy";
export { loadDocumentAccess } from "./load-document-access";
export { createCollabToken, verifyCollabToken } from "./collab-token";
export { signUp, type UserSummary } from "./sign-up";
export { hashPassword, verifyPassword } from "./password";
export { colorForEmail } from "./user-colors";
