import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "./client-address-header";

/** The client's address as the server socket saw it (see server.ts). */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}
