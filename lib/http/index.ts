export { apiRoute, errorResponse, toErrorResponse, type ErrorBody } from "./api-route";
