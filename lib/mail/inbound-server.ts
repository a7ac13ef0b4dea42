import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { receiveReply } from "./receive-reply";
import { recordBounce } from "./record-bounce";
import { outboxIdOfBounce, replySecretOf } from "./tokens";

const MAX_MESSAGE_BYTES = 1024 * 1024;

export interface InboundServer {
  port: number;
  close(): Promise<void>;
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * The built-in receiving server for replies by e-mail (INBOUND_SMTP_PORT): it accepts mail
 * only for `reply+<secret>@…` addresses (and delivery reports to `bounce+<row>.<tag>@…`) and answers each message at the end of DATA, so a
 * reply that cannot be posted is refused there with a sentence, and the sender's own server
 * returns that sentence to them as a bounce (no mail of ours goes to an address we cannot
 * trust). Put it behind your MX (or point the MX at it); it takes no AUTH and no TLS itself.
 */
export async function startInboundServer(options: { port: number; host?: string; log?: (line: string) => void }): Promise<InboundServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const server = new SMTPServer({
    name: "disputatio",
    banner: "Disputatio replies",
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    // Replies come one at a time from people's mail servers; a flood gets no more sockets.
    maxClients: 50,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!replySecretOf(address.address) && !outboxIdOfBounce(address.address)) return callback(smtpError(550, "No such mailbox here: this server only takes replies to Disputatio notifications."));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if ((stream as { sizeExceeded?: boolean }).sizeExceeded) return callback(smtpError(552, "This message is too large to post as a reply."));
          const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          if (await recordBounce(recipients, parsed)) {
            log("mail: a delivery report was recorded");
            return callback(null, "Delivery report recorded.");
          }
          const result = await receiveReply({
            recipients,
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
            parsed,
          });
          if (result.posted) {
            log(`mail: reply ${result.replyId} posted by e-mail on annotation ${result.annotationId}`);
            return callback(null, "Your reply was posted.");
          }
          log(`mail: a reply by e-mail was refused: ${result.message}`);
          callback(smtpError(550, result.message));
        })
        .catch((error) => {
          log(`mail: reading a reply failed: ${error instanceof Error ? error.message : String(error)}`);
          callback(smtpError(451, "The reply could not be read now; try again later."));
        });
    },
  });
  server.on("error", (error) => log(`mail: inbound server: ${error.message}`));
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
