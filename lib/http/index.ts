export { apiRoute, errorResponse, toErrorResponse, type ErrorBody } from "./api-route";
export { requireActor, documentIdParam } from "./route-params";
