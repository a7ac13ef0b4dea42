import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

/** Debian's nginx binary (installed by .ci/run); NGINX_PATH overrides. */
export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * A real nginx in front of app instances on loopback, as in production: HTTP spread round
 * robin over every instance, WebSocket upgrades on /collab to the first instance with the
 * others as backups (so a test knows where a socket lands, and where it goes when that
 * instance dies), X-Forwarded-For/Proto set for the app's trusted-proxy handling.
 */
export async function startReverseProxy(upstreamPorts: number[], listenPort?: number): Promise<{ port: number; url: string; stop(): Promise<void> }> {
  const port = listenPort ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "disputatio-nginx-"));
  const servers = upstreamPorts.map((upstream) => `server 127.0.0.1:${upstream} max_fails=1 fail_timeout=2s;`).join("\n    ");
  const sockets = upstreamPorts.map((upstream, index) => `server 127.0.0.1:${upstream}${index > 0 ? " backup" : ""} max_fails=1 fail_timeout=2s;`).join("\n    ");
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 6m;
  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
  upstream app { ${servers} }
  upstream collab { ${sockets} }
  server {
    listen 127.0.0.1:${port};
    proxy_http_version 1.1;
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_next_upstream error timeout http_502 http_503;
    location /collab {
      proxy_pass http://collab;
      proxy_set_header Upgrade $http_upgrade;
      proxy_set_header Connection $connection_upgrade;
      proxy_read_timeout 1h;
    }
    location / { proxy_pass http://app; }
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ["-c", path.join(dir, "nginx.conf"), "-p", dir, "-e", path.join(dir, "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}`);
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill("SIGQUIT");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
