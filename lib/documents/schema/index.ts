export { paperExtensions, paperSchema } from "./paper-extensions";
export { CitationMark } from "./citation-mark";
export { AbstractNode } from "./abstract-node";
export { AnnotationMark } from "./annotation-mark";
