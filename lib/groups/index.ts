export { ensureGroup, setMembership, findGroupBySlug } from "./ensure-group";
