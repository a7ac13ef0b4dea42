export { apiRoute, errorResponse, toErrorResponse, type ErrorBody } from "./api-route";
export { requireActor, documentIdParam } from "./route-params";
export { clientAddress } from "./client-address";
export { CLIENT_ADDRESS_HEADER } from "./client-address-header";
export { JSON_LD, wantsJsonLd, sendsJsonLd, publicBaseUrl } from "./json-ld";
