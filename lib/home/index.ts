export { loadHomeFeed } from "./load-home-feed";
export { recordDocumentVisit } from "./record-document-visit";
export type { HomeFeed, HomeGroup, HomePaper, HomeDebate } from "./present";
